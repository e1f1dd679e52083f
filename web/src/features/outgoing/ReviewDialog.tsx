import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Text } from '@mantine/core';
import { CountedTextarea } from '@/features/letters/CountedTextarea.tsx';
import { LetterActionDialog } from '@/features/letters/LetterActionDialog.tsx';
import { type MessageKey, useT } from '@/lib/i18n/index.tsx';
import { RETURN_PREFIX, useReviewDraft } from './outgoing.ts';

/** The decision a review dialog records. */
export type ReviewDecision = 'approve' | 'return' | 'comment';

/** Each decision's title, button, toast and comment label. */
const WORDING: Record<ReviewDecision, Record<'title' | 'submit' | 'done' | 'label', MessageKey>> = {
  approve: {
    title: 'outgoing.approveTitle',
    submit: 'outgoing.action.approve',
    done: 'outgoing.done.approve',
    label: 'outgoing.approveComment',
  },
  return: {
    title: 'outgoing.returnTitle',
    submit: 'outgoing.action.return',
    done: 'outgoing.done.return',
    label: 'outgoing.returnReason',
  },
  comment: {
    title: 'outgoing.commentTitle',
    submit: 'outgoing.action.comment',
    done: 'outgoing.done.comment',
    label: 'outgoing.comment',
  },
};

/**
 * ตรวจร่าง: เห็นชอบ with an optional comment; ส่งกลับแก้ไข with the reason, which starts as
 * "โปรดแก้ไข …" and must say what to correct; or ให้ความเห็น, a required remark that leaves the draft
 * where it is.
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
  const wording = WORDING[decision ?? 'approve'];
  return (
    <LetterActionDialog
      opened={decision !== null}
      onClose={onClose}
      title={t(wording.title)}
      submitLabel={t(wording.submit)}
      doneMessage={t(wording.done)}
      mutation={useReviewDraft(letter.id)}
      initial={{ decision: decision ?? 'approve', comment: decision === 'return' ? `${RETURN_PREFIX} ` : '' }}
      shownFields={['comment']}
    >
      {(f, err) => (
        <>
          <Text size="sm" c="dimmed">
            {letter.content.subject}
          </Text>
          <CountedTextarea
            label={t(wording.label)}
            {...f.text('comment')}
            max={1000}
            required={decision === 'return' || decision === 'comment'}
            error={err('comment')}
            data-autofocus
          />
        </>
      )}
    </LetterActionDialog>
  );
}
