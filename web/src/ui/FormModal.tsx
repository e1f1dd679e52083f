import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePhone } from './use-phone.ts';

/** A modal holding a form: full screen on phones so the keyboard does not hide the fields. */
export function FormModal({
  opened,
  onClose,
  title,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  const phone = usePhone();
  return (
    <Modal opened={opened} onClose={onClose} title={title} fullScreen={phone} size="lg" centered={!phone}>
      {children}
    </Modal>
  );
}
