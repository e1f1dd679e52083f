import type { Letter } from '@contracts/letters.contract.ts';
import { Button, Grid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '@/features/auth/session.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { LetterActions } from './LetterActions.tsx';
import { LetterDetails, ReceiptList } from './LetterDetails.tsx';
import { AttachmentList, PdfViewer, RevisionList } from './LetterDocuments.tsx';
import { LetterHistory } from './LetterHistory.tsx';
import { LetterPerm } from './letter-permissions.ts';

/**
 * One letter: what the viewer may do now (from the server), the PDF, its details and receipts, earlier
 * revisions, attachments, the edit history, and the way to its route (เส้นทางหนังสือ).
 */
export function LetterView({
  letter,
  back,
  onDeleted,
}: {
  letter: Letter;
  back: { to: string; label: string };
  onDeleted: () => void;
}) {
  const t = useT();
  const canSeeViews = useCan(LetterPerm.ViewHistory);
  const routeLink = (
    <Button component={Link} to={`/letters/${letter.id}/route`} variant="light" h={44}>
      {t('letters.route')}
    </Button>
  );
  return (
    <Stack>
      <PageHeader
        title={letter.subject}
        subtitle={
          letter.receipt
            ? `${t('letters.receiptNo', { number: letter.receipt.formatted })} · ${letter.registeringUnitName}`
            : letter.registeringUnitName
        }
        back={back}
      />
      <LetterActions letter={letter} onDeleted={onDeleted} />
      {letter.status === 'cancelled' && (
        <Text c="red" fw={600}>
          {t('letters.cancelledNotice', { reason: letter.cancelReason ?? '' })}
        </Text>
      )}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <PdfViewer letter={letter} />
            <AttachmentList letter={letter} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <LetterDetails letter={letter} />
            <ReceiptList letter={letter} />
            <Stack gap="xs" align="flex-start">
              {routeLink}
              {canSeeViews && (
                <Button
                  component={Link}
                  to={`/admin/letter-views?letterId=${letter.id}`}
                  variant="subtle"
                  h={44}
                >
                  {t('letters.whoViewed')}
                </Button>
              )}
            </Stack>
            <RevisionList letter={letter} />
            <LetterHistory letterId={letter.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
