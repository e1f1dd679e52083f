import { type Letter, ProposeBody } from '@contracts/letters.contract.ts';
import { Checkbox, Collapse, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { CountedTextarea } from './CountedTextarea.tsx';
import { useProposeLetter } from './letters.ts';
import { PeoplePicker } from './RecipientPicker.tsx';

function ProposeForm({ letter, onDone }: { letter: Letter; onDone: () => void }) {
  const t = useT();
  const notify = useToast();
  const propose = useProposeLetter(letter.id);
  const [userIds, setUserIds] = useState<string[]>([]);
  // The contract's default คำเสนอ ("เพื่อโปรดพิจารณา"): route text is Thai whatever the screen language.
  const [content, setContent] = useState(() => ProposeBody.shape.content.parse(undefined));
  const [withPrepared, setWithPrepared] = useState(false);
  const [prepared, setPrepared] = useState('');
  const err = (p: string) => fieldError(propose.error, p);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate(
      { userIds, content, preparedCommand: withPrepared && prepared.trim() ? prepared : undefined },
      {
        onSuccess: () => {
          notify(t('letters.done.propose'));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PeoplePicker
          label={t('letters.proposeTo')}
          value={userIds}
          onChange={setUserIds}
          required
          error={err('userIds')}
        />
        <CountedTextarea
          label={t('letters.proposeContent')}
          value={content}
          onChange={(e) => setContent(e.currentTarget.value)}
          max={500}
          error={err('content')}
        />
        <Checkbox
          label={t('letters.prepareCommand')}
          description={t('letters.prepareCommandHint')}
          checked={withPrepared}
          onChange={(e) => setWithPrepared(e.currentTarget.checked)}
        />
        <Collapse in={withPrepared}>
          <CountedTextarea
            label={t('letters.preparedCommand')}
            value={prepared}
            onChange={(e) => setPrepared(e.currentTarget.value)}
            max={500}
            error={err('preparedCommand')}
          />
        </Collapse>
        <ErrorAlert error={propose.error} shownFields={['userIds', 'content', 'preparedCommand']} />
        <FormActions
          submitLabel={t('letters.action.propose')}
          loading={propose.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

/** เสนอ: to one or more executives, with a คำเสนอ ("เพื่อโปรดพิจารณา") and an optional prepared command. */
export function ProposeDialog({
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
    <FormModal opened={opened} onClose={onClose} title={t('letters.proposeTitle')}>
      {opened && <ProposeForm letter={letter} onDone={onClose} />}
    </FormModal>
  );
}
