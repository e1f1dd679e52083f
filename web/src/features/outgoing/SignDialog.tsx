import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { SIGNING_FIELDS, SigningFields, useSigning } from '@/features/letters/SigningFields.tsx';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { FormBadge } from './OutgoingBadges.tsx';
import { type OutgoingDialogProps, useSignLetter } from './outgoing.ts';

function SignForm({
  letter,
  onSigned,
  onCancel,
}: {
  letter: OutgoingLetter;
  onSigned: (letter: OutgoingLetter) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const signing = useSigning();
  const sign = useSignLetter(letter.id);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      onSigned(await sign.mutateAsync(await signing.collect(t)));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
          <Group gap={6} mb={4}>
            <FormBadge form={letter.content.form} />
          </Group>
          <Text size="sm" fw={500}>
            {letter.content.subject}
          </Text>
          <Text size="sm" c="dimmed">
            {letter.ownerUnitName}
          </Text>
        </Paper>
        <Text size="sm">{t('outgoing.signHint')}</Text>
        <SigningFields signing={signing} error={error} />
        {/* A wrong password or a certificate problem is already said under its field. */}
        {!signing.shownInFields(error) && <ErrorAlert error={error} shownFields={SIGNING_FIELDS} />}
        <Group justify="flex-end">
          <Button variant="default" h={44} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" h={44} loading={sign.isPending}>
            {t('outgoing.action.sign')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** After signing: the number and date the letter was given, and the way on to ส่งหนังสือ. */
function Signed({
  letter,
  onClose,
  onDispatch,
}: {
  letter: OutgoingLetter;
  onClose: () => void;
  onDispatch: () => void;
}) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <Stack>
      <Alert color="teal" variant="light" title={t('outgoing.done.sign')} role="status">
        <Text size="xl" fw={700}>
          {letter.numberFormatted}
        </Text>
        {letter.letterDate && <Text>{t('outgoing.datedOn', { date: dates.date(letter.letterDate) })}</Text>}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" h={44} onClick={onClose}>
          {t('common.close')}
        </Button>
        {letter.actions.includes('dispatch') && (
          <Button h={44} onClick={onDispatch}>
            {t('outgoing.action.dispatch')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/**
 * ลงนาม: full screen on phones; the capacity, a stored or drawn signature and the password. The server
 * numbers and dates the letter then, and the dialog shows them.
 */
export function SignDialog({
  letter,
  opened,
  onClose,
  onDispatch,
}: OutgoingDialogProps & { onDispatch: () => void }) {
  const t = useT();
  const [signed, setSigned] = useState<OutgoingLetter | null>(null);
  const close = () => {
    setSigned(null);
    onClose();
  };
  return (
    <FormModal opened={opened} onClose={close} title={t('outgoing.signTitle')}>
      {opened &&
        (signed ? (
          <Signed
            letter={signed}
            onClose={close}
            onDispatch={() => {
              setSigned(null);
              onDispatch();
            }}
          />
        ) : (
          <SignForm letter={letter} onSigned={setSigned} onCancel={close} />
        ))}
    </FormModal>
  );
}
