import type { RegisterNumber } from '@contracts/registers.contract.ts';
import { Button, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useCancelNumber } from './registers.ts';

/** Cancels a reserved number after asking for the reason (ระเบียบงานสารบรรณ: a cancelled number is kept, marked ยกเลิก). */
export function CancelNumberButton({ number }: { number: RegisterNumber }) {
  const t = useT();
  const notify = useToast();
  const cancel = useCancelNumber();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button
        size="xs"
        color="red"
        variant="light"
        onClick={() => setOpened(true)}
        aria-label={`${t('numbers.cancel')} ${number.formatted}`}
      >
        {t('numbers.cancel')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('numbers.cancelTitle', { number: number.formatted })}
        message={number.reason}
        confirmLabel={t('numbers.cancel')}
        confirmDisabled={reason.trim() === ''}
        onConfirm={async () => {
          await cancel.mutateAsync({
            registerId: number.registerId,
            yearBE: number.yearBE,
            number: number.number,
            reason,
          });
          setReason('');
          notify(t('numbers.cancelled'));
        }}
      >
        <Textarea
          label={t('numbers.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          autosize
          minRows={2}
          data-autofocus
        />
      </ConfirmModal>
    </>
  );
}
