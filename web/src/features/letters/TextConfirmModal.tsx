import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';

/** "Are you sure?" with a text to give (a reason, a note); `required` keeps confirm off until it is typed. */
export function TextConfirmModal({
  opened,
  onClose,
  title,
  message,
  label,
  required,
  confirmLabel,
  confirmColor,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  message: string;
  label: string;
  required: boolean;
  confirmLabel: string;
  confirmColor?: string;
  onConfirm: (text: string) => Promise<unknown>;
}) {
  const [text, setText] = useState('');
  return (
    <ConfirmModal
      opened={opened}
      onClose={() => {
        setText('');
        onClose();
      }}
      title={title}
      message={message}
      confirmLabel={confirmLabel}
      confirmColor={confirmColor}
      confirmDisabled={required && text.trim() === ''}
      onConfirm={async () => {
        await onConfirm(text.trim());
        setText('');
      }}
    >
      <Textarea
        label={label}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        required={required}
        maxLength={500}
        autosize
        minRows={2}
        data-autofocus
      />
    </ConfirmModal>
  );
}
