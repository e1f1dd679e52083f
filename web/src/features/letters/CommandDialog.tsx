import type { Letter, LetterAction } from '@contracts/letters.contract.ts';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldIssue } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useCommandPresets } from './command-presets.ts';
import { CountedTextarea } from './CountedTextarea.tsx';
import { useRecordCommand } from './letters.ts';
import { applyPreset, PresetChips } from './PresetChips.tsx';
import { RecipientPicker, type RecipientValues } from './RecipientPicker.tsx';
import { SIGNING_FIELDS, SigningFields, useSigning } from './SigningFields.tsx';
import { useLetterDates } from './thai-format.ts';

const MAX = 500;
const SHOWN = ['text', 'orgUnitIds', 'userIds', ...SIGNING_FIELDS];

/** เลขที่หนังสือ, ลงวันที่, ชื่อเรื่อง at the top of the dialog, as in the deck's mobile screen. */
function LetterIdentity({ letter }: { letter: Letter }) {
  const t = useT();
  const dates = useLetterDates();
  const row = (label: string, value: string) => (
    <Text size="sm">
      <Text span size="sm" c="dimmed">
        {label}:{' '}
      </Text>
      {value || t('common.none')}
    </Text>
  );
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
      {row(t('letters.docNumber'), letter.docNo)}
      {row(t('letters.docDate'), dates.date(letter.docDate))}
      {row(t('letters.subjectTitle'), letter.subject)}
    </Paper>
  );
}

function CommandForm({
  letter,
  action,
  onDone,
}: {
  letter: Letter;
  action: LetterAction;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useToast();
  const presets = useCommandPresets();
  const signing = useSigning();
  const command = useRecordCommand(letter.id);
  const [text, setText] = useState(letter.preparedCommand ?? '');
  const [to, setTo] = useState<RecipientValues>({ orgUnitIds: [], userIds: [] });
  const [error, setError] = useState<unknown>(null);
  const err = (p: string) => signing.errorAt(error, p);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      if (!text.trim()) throw fieldIssue('text', t('common.required'), t);
      const signed = await signing.collect(t);
      await command.mutateAsync({ deliveryId: action.deliveryId ?? undefined, text, ...to, ...signed });
      notify(t('letters.done.command'));
      onDone();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <LetterIdentity letter={letter} />
        <PresetChips
          presets={presets.data ?? []}
          text={text}
          onPick={(p) =>
            setText((cur) =>
              applyPreset(
                cur,
                p,
                (presets.data ?? []).map((x) => x.text),
                MAX,
              ),
            )
          }
        />
        <CountedTextarea
          label={t('letters.commandText')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          max={MAX}
          required
          error={err('text')}
          hint={letter.preparedCommand ? t('letters.preparedHint') : undefined}
        />
        <RecipientPicker value={to} onChange={setTo} err={err} assign />
        <SigningFields signing={signing} error={error} />
        {/* A wrong password or a certificate problem is already said under its field. */}
        {!signing.shownInFields(error) && <ErrorAlert error={error} shownFields={SHOWN} />}
        <Group justify="flex-end">
          <Button variant="default" h={44} onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" h={44} loading={command.isPending}>
            {t('letters.ok')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** บันทึกคำสั่งการ / คำเสนอ: full screen on phones; signs with the password and a stored or drawn signature. */
export function CommandDialog({
  letter,
  action,
  onClose,
}: {
  letter: Letter;
  action: LetterAction | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <FormModal opened={action !== null} onClose={onClose} title={t('letters.commandTitle')}>
      {action && <CommandForm letter={letter} action={action} onDone={onClose} />}
    </FormModal>
  );
}
