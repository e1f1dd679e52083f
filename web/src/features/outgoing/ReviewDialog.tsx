import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Text } from '@mantine/core';
import { CountedTextarea } from '@/features/letters/CountedTextarea.tsx';
import { LetterActionDialog } from '@/features/letters/LetterActionDialog.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { RETURN_PREFIX, useReviewDraft } from './outgoing.ts';

/** The decision a review dialog records. */
export type ReviewDecision = 'approve' | 'return';

/**
 * ตรวจร่าง: เห็นชอบ with an optional comment, or ส่งกลับแก้ไข with the reason, which starts as
 * "โปรดแก้ไข …" and must say what to correct.
 */
export function ReviewDialog({
  letter,
  decision,
  onClose,
}: {
  letter: OutgoingLetter;
  decision: ReviewDecision | null;
  onClose: () => void;
}) {
  const t = useT();
  const returning = decision === 'return';
  return (
    <LetterActionDialog
      opened={decision !== null}
      onClose={onClose}
      title={t(returning ? 'outgoing.returnTitle' : 'outgoing.approveTitle')}
      submitLabel={t(returning ? 'outgoing.action.return' : 'outgoing.action.approve')}
      doneMessage={t(returning ? 'outgoing.done.return' : 'outgoing.done.approve')}
      mutation={useReviewDraft(letter.id)}
      initial={{ decision: decision ?? 'approve', comment: returning ? `${RETURN_PREFIX} ` : '' }}
      shownFields={['comment']}
    >
      {(f, err) => (
        <>
          <Text size="sm" c="dimmed">
            {letter.content.subject}
          </Text>
          <CountedTextarea
            label={t(returning ? 'outgoing.returnReason' : 'outgoing.approveComment')}
            {...f.text('comment')}
            max={1000}
            required={returning}
            error={err('comment')}
            data-autofocus
          />
        </>
      )}
    </LetterActionDialog>
  );
}
