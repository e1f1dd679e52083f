import type { Letter, LetterAction } from '@contracts/letters.contract.ts';
import { Button, Group, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '@/lib/api.ts';
import { fieldError, fieldIssue } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useMyCapacities, useSignatureStatus } from './account-signature.ts';
import { CapacitySelect, defaultCapacity } from './CapacitySelect.tsx';
import { useCommandPresets } from './command-presets.ts';
import { CountedTextarea } from './CountedTextarea.tsx';
import { useRecordCommand } from './letters.ts';
import { applyPreset, PresetChips } from './PresetChips.tsx';
import { RecipientPicker, type RecipientValues } from './RecipientPicker.tsx';
import { SignatureChoice, type SignatureMode } from './SignatureChoice.tsx';
import type { SignaturePadHandle } from './SignaturePadField.tsx';
import { useLetterDates } from './thai-format.ts';

const MAX = 500;
const SHOWN = ['text', 'password', 'signatureImage', 'orgUnitIds', 'userIds', 'appointmentId'];

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
  const capacities = useMyCapacities();
  const signature = useSignatureStatus();
  const command = useRecordCommand(letter.id);
  const padRef = useRef<SignaturePadHandle>(null);
  const [text, setText] = useState(letter.preparedCommand ?? '');
  const [to, setTo] = useState<RecipientValues>({ orgUnitIds: [], userIds: [] });
  const [capacity, setCapacity] = useState<string | null>(null);
  const [mode, setMode] = useState<SignatureMode | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const held = capacities.data?.capacities ?? [];
  const appointmentId = capacity ?? defaultCapacity(held);
  const signMode: SignatureMode = mode ?? (signature.data?.hasImage ? 'stored' : 'draw');
  const err = (p: string) =>
    fieldError(error, p) ??
    (p === 'password' && error instanceof ApiError && error.code.includes('PASSWORD')
      ? error.message
      : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const signatureImage = signMode === 'draw' ? (padRef.current?.capture() ?? null) : undefined;
    try {
      if (!text.trim()) throw fieldIssue('text', t('common.required'), t);
      if (signatureImage === null) throw fieldIssue('signatureImage', t('letters.signature.required'), t);
      if (!password) throw fieldIssue('password', t('common.required'), t);
      await command.mutateAsync({
        deliveryId: action.deliveryId ?? undefined,
        text,
        ...to,
        appointmentId: appointmentId || undefined,
        password,
        signatureImage,
      });
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
        <CapacitySelect
          capacities={held}
          value={appointmentId}
          onChange={setCapacity}
          error={err('appointmentId')}
        />
        <SignatureChoice
          status={signature.data}
          mode={signMode}
          onMode={setMode}
          padRef={padRef}
          error={err('signatureImage')}
        />
        <PasswordInput
          label={t('letters.signPassword')}
          description={t('letters.signPasswordHint')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required
          autoComplete="current-password"
          error={err('password')}
          size="md"
        />
        <ErrorAlert error={error} shownFields={SHOWN} />
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
