import { Button, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { CredentialFields } from '@/features/auth/CredentialFields.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useOperatorLogin } from './operator-session.ts';

/** The service operator's log-in (no agency code). */
export function OperatorLoginForm({ onLoggedIn }: { onLoggedIn: () => void }) {
  const t = useT();
  const login = useOperatorLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username: username.trim(), password }, { onSuccess: onLoggedIn });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <CredentialFields
          username={username}
          password={password}
          onUsername={setUsername}
          onPassword={setPassword}
        />
        <ErrorAlert error={login.error} />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
