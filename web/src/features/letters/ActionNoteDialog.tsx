import type { Letter } from '@contracts/letters.contract.ts';
import { Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { CountedTextarea } from './CountedTextarea.tsx';
import { useRecordAction } from './letters.ts';

function ActionNoteForm({ letter, onDone }: { letter: Letter; onDone: () => void }) {
  const t = useT();
  const notify = useToast();
  const record = useRecordAction(letter.id);
  const [content, setContent] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      { content },
      {
        onSuccess: () => {
          notify(t('letters.done.record-action'));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <CountedTextarea
          label={t('letters.actionNote')}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          max={500}
          required
          error={fieldError(record.error, 'content')}
          data-autofocus
        />
        <ErrorAlert error={record.error} shownFields={['content']} />
        <FormActions submitLabel={t('common.save')} loading={record.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** บันทึกการปฏิบัติ: what was done about the letter (500 characters). */
export function ActionNoteDialog({
  letter,
  opened,
  onClose,
}: {
  letter: Letter;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('letters.action.record-action')}>
      {opened && <ActionNoteForm letter={letter} onDone={onClose} />}
    </FormModal>
  );
}
