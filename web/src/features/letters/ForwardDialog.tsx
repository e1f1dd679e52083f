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
import { useForwardLetter } from './letters.ts';
import { RecipientPicker, type RecipientValues } from './RecipientPicker.tsx';

function ForwardForm({ letter, onDone }: { letter: Letter; onDone: () => void }) {
  const t = useT();
  const notify = useToast();
  const forward = useForwardLetter(letter.id);
  const [to, setTo] = useState<RecipientValues>({ orgUnitIds: [], userIds: [] });
  const [content, setContent] = useState('');
  const err = (p: string) => fieldError(forward.error, p);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    forward.mutate(
      { ...to, content },
      {
        onSuccess: () => {
          notify(t('letters.done.forward'));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <RecipientPicker value={to} onChange={setTo} err={err} />
        <CountedTextarea
          label={t('letters.forwardNote')}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          max={500}
          error={err('content')}
        />
        <ErrorAlert error={forward.error} shownFields={['orgUnitIds', 'userIds', 'content']} />
        <FormActions
          submitLabel={t('letters.action.forward')}
          loading={forward.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

/** ส่งต่อ: to units and people with a note. */
export function ForwardDialog({
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
    <FormModal opened={opened} onClose={onClose} title={t('letters.forwardTitle')}>
      {opened && <ForwardForm letter={letter} onDone={onClose} />}
    </FormModal>
  );
}
