import { Button, type ButtonProps } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { ConfirmModal } from './ConfirmModal.tsx';

interface Props extends Omit<ButtonProps, 'onClick'> {
  /** The button's text (also its accessible name unless ariaLabel is given). */
  children: ReactNode;
  ariaLabel?: string;
  title?: string;
  message: ReactNode;
  confirmLabel?: string;
  confirmColor?: string;
  /** Runs on confirm; the modal closes when it resolves and shows the error when it throws. */
  onConfirm: () => Promise<unknown> | unknown;
}

/** A button that asks before doing something destructive. */
export function ConfirmButton({
  children,
  ariaLabel,
  title,
  message,
  confirmLabel,
  confirmColor = 'red',
  onConfirm,
  ...button
}: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button color="red" variant="light" {...button} aria-label={ariaLabel} onClick={() => setOpened(true)}>
        {children}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={title}
        message={message}
        confirmLabel={confirmLabel}
        confirmColor={confirmColor}
        onConfirm={onConfirm}
      />
    </>
  );
}
