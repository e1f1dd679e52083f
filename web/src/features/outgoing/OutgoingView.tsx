import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Anchor, Card, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { SecrecyBadge, UrgencyBadge } from '@/features/letters/LetterBadges.tsx';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { OutgoingActions } from './OutgoingActions.tsx';
import { OutgoingAttachments } from './OutgoingAttachments.tsx';
import { FormBadge, OutgoingStatusBadge } from './OutgoingBadges.tsx';
import { OutgoingSourcePdf } from './OutgoingSourcePdf.tsx';
import { DeliveryList, ReviewChain, ReviewHistory, VersionList } from './OutgoingTrail.tsx';
import { outgoingPdfUrl } from './outgoing.ts';
import { PdfPane } from './PdfPane.tsx';
import { ReplyToLink } from './ReplyTo.tsx';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/**
 * ผู้ลงนาม of a signed letter as its signature block prints it: the name, the position and the capacity
 * ("รักษาราชการแทน…") under it, when it was signed, and ตรวจสอบลายมือชื่อ: the public page its QR code
 * opens, in a new tab (that page has no way back into the app).
 */
function Signer({ letter }: { letter: OutgoingLetter }) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {letter.signerName}
      </Text>
      {letter.signerPosition && <Text size="sm">{letter.signerPosition}</Text>}
      {letter.signerCapacity && <Text size="sm">{letter.signerCapacity}</Text>}
      {letter.signedAt && (
        <Text size="xs" c="dimmed">
          {t('outgoing.signedAt', { at: dates.dateTime(letter.signedAt) })}
        </Text>
      )}
      {letter.verifyCode && (
        <Anchor
          href={`/v/${encodeURIComponent(letter.verifyCode)}`}
          target="_blank"
          rel="noopener"
          size="sm"
          mt={4}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('outgoing.verifySignature')}
        </Anchor>
      )}
    </Stack>
  );
}

/**
 * The letter's state: badges, the number and date once signed (large), the signer, owner and drafter, and
 * with `showSourcePdf` the finished PDF it uses (the drafter sees that in its own card while editing).
 */
function LetterSummary({ letter, showSourcePdf }: { letter: OutgoingLetter; showSourcePdf: boolean }) {
  const t = useT();
  const dates = useLetterDates();
  const c = letter.content;
  return (
    <Card withBorder radius="md" component="section" aria-label={t('outgoing.summary')}>
      <Stack gap="sm">
        <Group gap={6}>
          <OutgoingStatusBadge status={letter.status} />
          <FormBadge form={c.form} />
          <UrgencyBadge urgency={c.urgency} />
          <SecrecyBadge secrecy={c.secrecy} />
        </Group>
        {letter.numberFormatted && (
          <div>
            <Text size="xl" fw={700}>
              {letter.numberFormatted}
            </Text>
            {letter.letterDate && (
              <Text>{t('outgoing.datedOn', { date: dates.date(letter.letterDate) })}</Text>
            )}
          </div>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
          {c.addressee && (
            <Item label={t('outgoing.addressedTo')}>
              {c.form === 'stamped'
                ? `${t('outgoing.field.to')} ${c.addressee}`
                : `${c.salutation} ${c.addressee}`}
            </Item>
          )}
          {c.replyToLetterId && (
            <Item label={t('outgoing.replyTo')}>
              <ReplyToLink id={c.replyToLetterId} />
            </Item>
          )}
          <Item label={t('outgoing.ownerUnit')}>{letter.ownerUnitName}</Item>
          {letter.signerName && (
            <Item label={t('outgoing.signedBy')}>
              <Signer letter={letter} />
            </Item>
          )}
          <Item label={t('outgoing.draftedBy')}>
            {letter.createdByName} · {dates.dateTime(letter.createdAt)}
          </Item>
          {showSourcePdf && letter.sourcePdfName && (
            <Item label={t('outgoing.sourcePdf.title')}>{letter.sourcePdfName}</Item>
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/**
 * One outgoing letter: what the viewer may do now (from the server), its state and number, the PDF (the
 * draft with its mark, or the signed letter), the review chain, where it was sent, and its versions.
 */
export function OutgoingView({
  letter,
  back,
  onDeleted,
}: {
  letter: OutgoingLetter;
  back: { to: string; label: string };
  onDeleted: () => void;
}) {
  const t = useT();
  const signed = letter.numberFormatted !== null;
  const editable = letter.status === 'draft' && letter.actions.includes('edit');
  // Setting or removing the finished PDF changes the PDF but not the version: count those changes too.
  const [pdfChanges, setPdfChanges] = useState(0);
  return (
    <Stack>
      <PageHeader
        title={letter.content.subject}
        subtitle={signed ? letter.numberFormatted : t(`outgoing.form.${letter.content.form}`)}
        back={back}
      />
      <OutgoingActions letter={letter} onDeleted={onDeleted} />
      {letter.status === 'cancelled' && (
        <Text c="red" fw={600}>
          {t('outgoing.cancelledNotice')}
        </Text>
      )}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <LetterSummary letter={letter} showSourcePdf={!editable} />
            <PdfPane
              // A new version, the signature or a finished PDF changes the PDF: a new address, so no stale copy
              // is shown.
              url={`${outgoingPdfUrl(letter.id)}?v=${letter.version}-${letter.status}-${pdfChanges}`}
              title={t('letters.document')}
              // Signed, the server names the file by its number; before that, it is a preview.
              fileName={signed ? undefined : `${t('outgoing.previewFile')}.pdf`}
              openLabel={t('letters.openPdf')}
            />
            {editable && <OutgoingSourcePdf letter={letter} onChanged={() => setPdfChanges((n) => n + 1)} />}
            <OutgoingAttachments letter={letter} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ReviewChain letter={letter} />
            {letter.reviewHistory.length > 0 && <ReviewHistory letter={letter} />}
            <DeliveryList letter={letter} />
            <VersionList letter={letter} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
