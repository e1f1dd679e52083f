import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  title?: string;
  message: ReactNode;
  confirmLabel?: string;
  confirmColor?: string;
  /** Runs on confirm; the modal closes when it resolves and shows the error when it throws. */
  onConfirm: () => Promise<unknown> | unknown;
  /** Extra fields (e.g. a reason) shown under the message. */
  children?: ReactNode;
  confirmDisabled?: boolean;
}

/** Asks "are you sure?" before a destructive action; the confirm button has focus for keyboard users. */
export function ConfirmModal({
  opened,
  onClose,
  title,
  message,
  confirmLabel,
  confirmColor = 'red',
  onConfirm,
  children,
  confirmDisabled,
}: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setError(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={title ?? t('common.areYouSure')} centered>
      <Stack>
        <Text size="sm">{message}</Text>
        {children}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color={confirmColor}
            loading={busy}
            onClick={confirm}
            disabled={confirmDisabled}
            data-autofocus={children ? undefined : true}
          >
            {confirmLabel ?? t('common.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
