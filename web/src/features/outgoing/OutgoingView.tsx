import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Card, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SecrecyBadge, UrgencyBadge } from '@/features/letters/LetterBadges.tsx';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { OutgoingActions } from './OutgoingActions.tsx';
import { OutgoingAttachments } from './OutgoingAttachments.tsx';
import { FormBadge, OutgoingStatusBadge } from './OutgoingBadges.tsx';
import { DeliveryList, ReviewChain, ReviewHistory, VersionList } from './OutgoingTrail.tsx';
import { outgoingPdfUrl } from './outgoing.ts';
import { PdfPane } from './PdfPane.tsx';

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

/** The letter's state: badges, the number and date once signed (large), the signer, owner and drafter. */
function LetterSummary({ letter }: { letter: OutgoingLetter }) {
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
          <Item label={t('outgoing.ownerUnit')}>{letter.ownerUnitName}</Item>
          {letter.signerName && (
            <Item label={t('outgoing.signedBy')}>
              {letter.signerName}
              {letter.signedAt ? ` · ${dates.dateTime(letter.signedAt)}` : ''}
            </Item>
          )}
          <Item label={t('outgoing.draftedBy')}>
            {letter.createdByName} · {dates.dateTime(letter.createdAt)}
          </Item>
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
            <LetterSummary letter={letter} />
            <PdfPane
              // A new version or the signature changes the PDF: a new address, so no stale copy is shown.
              url={`${outgoingPdfUrl(letter.id)}?v=${letter.version}-${letter.status}`}
              title={t('letters.document')}
              fileName={`${(letter.numberFormatted ?? t('outgoing.previewFile')).replace(/[\\/]/g, '-')}.pdf`}
              openLabel={t('letters.openPdf')}
            />
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
