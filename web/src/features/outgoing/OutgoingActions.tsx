import type { OutgoingAction, OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { TextConfirmModal } from '@/features/letters/TextConfirmModal.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { DispatchDialog } from './DispatchDialog.tsx';
import { useCancelOutgoing, useDeleteOutgoing } from './outgoing.ts';
import { type ReviewDecision, ReviewDialog } from './ReviewDialog.tsx';
import { SignDialog } from './SignDialog.tsx';
import { SubmitDialog } from './SubmitDialog.tsx';

type Action = z.infer<typeof OutgoingAction>;
/** What a button opens: the server's action, with ตรวจ split into its decisions. */
type Open = Exclude<Action, 'review' | 'edit'> | ReviewDecision;

/**
 * The buttons the server offers this viewer now (`letter.actions`), most likely first: ลงนาม, ตรวจ
 * (เห็นชอบ / ส่งกลับแก้ไข / ให้ความเห็น; a signer does not approve, signing is the approval), เสนอร่างลงนาม, ส่งหนังสือ,
 * แก้ไข; then ยกเลิก and ลบ, which ask first. The server checks again when the action is taken.
 */
export function OutgoingActions({ letter, onDeleted }: { letter: OutgoingLetter; onDeleted: () => void }) {
  const t = useT();
  const notify = useToast();
  const [open, setOpen] = useState<Open | null>(null);
  const cancel = useCancelOutgoing(letter.id);
  const remove = useDeleteOutgoing();
  const can = (a: Action) => letter.actions.includes(a);
  const close = () => setOpen(null);
  const button = (what: Open, label: string, primary: boolean) => (
    <Button key={what} h={44} variant={primary ? 'filled' : 'default'} onClick={() => setOpen(what)}>
      {label}
    </Button>
  );
  // Rarely used and destructive: quiet red buttons, each asking before it acts.
  const danger = (what: 'cancel' | 'delete', label: string) => (
    <Button key={what} h={44} variant="subtle" color="red" onClick={() => setOpen(what)}>
      {label}
    </Button>
  );
  const review: ReviewDecision | null =
    open === 'approve' || open === 'return' || open === 'comment' ? open : null;

  return (
    <>
      {letter.actions.length > 0 && (
        <Group gap="xs" className="no-print" role="toolbar" aria-label={t('common.actions')}>
          {can('sign') && button('sign', t('outgoing.action.sign'), true)}
          {can('review') && !can('sign') && button('approve', t('outgoing.action.approve'), true)}
          {can('review') && button('return', t('outgoing.action.return'), false)}
          {can('review') && button('comment', t('outgoing.action.comment'), false)}
          {can('submit') && button('submit', t('outgoing.action.submit'), true)}
          {can('dispatch') && button('dispatch', t('outgoing.action.dispatch'), true)}
          {can('edit') && (
            <Button component={Link} to={`/outgoing/${letter.id}/edit`} h={44} variant="default">
              {t('outgoing.action.edit')}
            </Button>
          )}
          {can('cancel') && danger('cancel', t('outgoing.action.cancel'))}
          {can('delete') && danger('delete', t('outgoing.action.delete'))}
        </Group>
      )}
      <SubmitDialog letter={letter} opened={open === 'submit'} onClose={close} />
      <ReviewDialog letter={letter} decision={review} onClose={close} />
      <SignDialog
        letter={letter}
        opened={open === 'sign'}
        onClose={close}
        onDispatch={() => setOpen('dispatch')}
      />
      <DispatchDialog letter={letter} opened={open === 'dispatch'} onClose={close} />
      <TextConfirmModal
        opened={open === 'cancel'}
        onClose={close}
        title={t('outgoing.action.cancel')}
        message={t('outgoing.confirm.cancel')}
        label={t('outgoing.cancelReason')}
        required
        confirmLabel={t('outgoing.action.cancel')}
        onConfirm={async (reason) => {
          await cancel.mutateAsync(reason);
          notify(t('outgoing.done.cancel'));
        }}
      />
      <ConfirmModal
        opened={open === 'delete'}
        onClose={close}
        title={t('outgoing.action.delete')}
        message={t('outgoing.confirm.delete')}
        confirmLabel={t('common.delete')}
        onConfirm={async () => {
          await remove.mutateAsync(letter.id);
          notify(t('outgoing.done.delete'));
          onDeleted();
        }}
      />
    </>
  );
}
