import { Badge, Button, Code, CopyButton, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useTotpConfirm, useTotpDisable, useTotpSetup } from './account.ts';

function Copyable({ label, value }: { label: string; value: string }) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy} aria-label={`${t('common.copy')} ${label}`}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/** Two-step verification: set up (secret + otpauth URL as text), confirm with a code, or turn off. */
export function TotpSection({ enabled }: { enabled: boolean }) {
  const t = useT();
  const notify = useToast();
  const setup = useTotpSetup();
  const confirm = useTotpConfirm();
  const disable = useTotpDisable();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');

  if (enabled) {
    const submit = (e: FormEvent) => {
      e.preventDefault();
      disable.mutate(
        { password },
        {
          onSuccess: () => {
            setPassword('');
            notify(t('account.totpDisabled'));
          },
        },
      );
    };
    return (
      <form onSubmit={submit} noValidate>
        <Stack>
          <Badge color="teal" variant="light">
            {t('account.totpOn')}
          </Badge>
          <PasswordInput
            label={t('login.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(disable.error, 'password')}
            autoComplete="current-password"
            required
          />
          <ErrorAlert error={disable.error} shownFields={['password']} />
          <Button
            type="submit"
            color="red"
            variant="light"
            loading={disable.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('account.totpDisable')}
          </Button>
        </Stack>
      </form>
    );
  }

  if (!setup.data) {
    return (
      <Stack align="flex-start">
        <Badge color="gray" variant="light">
          {t('account.totpOff')}
        </Badge>
        <ErrorAlert error={setup.error} />
        <Button variant="light" loading={setup.isPending} onClick={() => setup.mutate()}>
          {t('account.totpSetup')}
        </Button>
      </Stack>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate(
      { code },
      {
        onSuccess: () => {
          setup.reset();
          setCode('');
          notify(t('account.totpEnabled'));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('account.totpScan')}</Text>
        <Copyable label={t('account.totpSecret')} value={setup.data.secret} />
        <Copyable label={t('account.totpUrl')} value={setup.data.otpauthUrl} />
        <TextInput
          label={t('login.totp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          error={fieldError(confirm.error, 'code')}
          required
        />
        <ErrorAlert error={confirm.error} shownFields={['code']} />
        <Button type="submit" loading={confirm.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.totpConfirm')}
        </Button>
      </Stack>
    </form>
  );
}
