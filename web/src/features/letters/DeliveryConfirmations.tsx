import type { Letter, LetterAction } from '@contracts/letters.contract.ts';
import { useRef } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useCancelLetter, useCloseLetter, useDeleteLetter, useDeliveryAction } from './letters.ts';
import { TextConfirmModal } from './TextConfirmModal.tsx';

/**
 * The confirmations before ลงรับ, ดึงกลับ, ส่งคืน (reason), ปิดงาน (note), ยกเลิกหนังสือ (reason) and
 * ลบหนังสือ. ลงรับ tells the clerk the number it got, to write on a paper original.
 */
export function DeliveryConfirmations({
  letter,
  action,
  onClose,
  onDeleted,
}: {
  letter: Letter;
  action: LetterAction | null;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const t = useT();
  const notify = useToast();
  const delivery = useDeliveryAction();
  const closeLetter = useCloseLetter(letter.id);
  const cancelLetter = useCancelLetter(letter.id);
  const deleteLetter = useDeleteLetter();
  // The dialog keeps its words while it fades out after `action` is cleared.
  const last = useRef<LetterAction | null>(null);
  if (action) last.current = action;
  const kind = action?.action;
  const deliveryId = last.current?.deliveryId ?? '';
  const who = last.current?.label ?? '';

  const receive = async () => {
    const before = new Set(letter.receipts.map((r) => r.id));
    const updated = await delivery.mutateAsync({ verb: 'receive', deliveryId });
    const receipt = updated.receipts.find((r) => !before.has(r.id));
    notify(
      receipt ? t('letters.done.receivedNumber', { number: receipt.formatted }) : t('letters.done.receive'),
    );
  };

  return (
    <>
      <ConfirmModal
        opened={kind === 'receive'}
        onClose={onClose}
        title={t('letters.action.receive')}
        message={t('letters.confirm.receive', { who })}
        confirmLabel={t('letters.action.receive')}
        confirmColor="saraban"
        onConfirm={receive}
      />
      <ConfirmModal
        opened={kind === 'recall'}
        onClose={onClose}
        title={t('letters.action.recall')}
        message={t('letters.confirm.recall', { who })}
        confirmLabel={t('letters.action.recall')}
        confirmColor="orange"
        onConfirm={async () => {
          await delivery.mutateAsync({ verb: 'recall', deliveryId });
          notify(t('letters.done.recall'));
        }}
      />
      <TextConfirmModal
        opened={kind === 'return'}
        onClose={onClose}
        title={t('letters.action.return')}
        message={t('letters.confirm.return', { who })}
        label={t('common.reason')}
        required
        confirmLabel={t('letters.action.return')}
        confirmColor="orange"
        onConfirm={async (reason) => {
          await delivery.mutateAsync({ verb: 'return', deliveryId, reason });
          notify(t('letters.done.return'));
        }}
      />
      <TextConfirmModal
        opened={kind === 'close'}
        onClose={onClose}
        title={t('letters.action.close')}
        message={t('letters.confirm.close')}
        label={t('common.note')}
        required={false}
        confirmLabel={t('letters.action.close')}
        confirmColor="saraban"
        onConfirm={async (note) => {
          await closeLetter.mutateAsync({ note });
          notify(t('letters.done.close'));
        }}
      />
      <TextConfirmModal
        opened={kind === 'cancel'}
        onClose={onClose}
        title={t('letters.action.cancel')}
        message={t('letters.confirm.cancel')}
        label={t('common.reason')}
        required
        confirmLabel={t('letters.action.cancel')}
        onConfirm={async (reason) => {
          await cancelLetter.mutateAsync({ reason });
          notify(t('letters.done.cancel'));
        }}
      />
      <ConfirmModal
        opened={kind === 'delete'}
        onClose={onClose}
        title={t('letters.action.delete')}
        message={t('common.deleteConfirm', { name: letter.subject })}
        confirmLabel={t('common.delete')}
        onConfirm={async () => {
          await deleteLetter.mutateAsync(letter.id);
          notify(t('letters.done.delete'));
          onDeleted();
        }}
      />
    </>
  );
}
