import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/api.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { CredentialFields } from './CredentialFields.tsx';
import { useLogin } from './session.ts';
import type { SessionInfo } from '@contracts/auth.contract.ts';

const TENANT_KEY = 'saraban.tenant';

function rememberedTenant(): string {
  try {
    return localStorage.getItem(TENANT_KEY) ?? 'demo';
  } catch {
    return 'demo';
  }
}

/**
 * Agency log-in: agency code (remembered), username and password; the 6-digit code field appears
 * only when the server answers AUTH_TOTP_REQUIRED.
 */
export function LoginForm({ onLoggedIn }: { onLoggedIn: (session: SessionInfo) => void }) {
  const t = useT();
  const login = useLogin();
  const [tenant, setTenant] = useState(rememberedTenant);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate(
      {
        tenant: tenant.trim(),
        username: username.trim(),
        password,
        totp: needTotp && totp ? totp.trim() : undefined,
      },
      {
        onSuccess: (session) => {
          try {
            localStorage.setItem(TENANT_KEY, tenant.trim());
          } catch {
            // not remembered in private mode
          }
          onLoggedIn(session);
        },
        onError: (err) => {
          if (
            err instanceof ApiError &&
            (err.code === 'AUTH_TOTP_REQUIRED' || err.code === 'AUTH_TOTP_INVALID')
          )
            setNeedTotp(true);
        },
      },
    );
  };

  const totpPrompt = login.error instanceof ApiError && login.error.code === 'AUTH_TOTP_REQUIRED';

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('login.tenant')}
          description={t('login.tenantHint')}
          value={tenant}
          onChange={(e) => setTenant(e.currentTarget.value)}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          autoComplete="organization"
          required
        />
        <CredentialFields
          username={username}
          password={password}
          onUsername={setUsername}
          onPassword={setPassword}
        />
        {needTotp && (
          <TextInput
            label={t('login.totp')}
            description={t('login.totpHint')}
            value={totp}
            onChange={(e) => setTotp(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            autoFocus
          />
        )}
        {totpPrompt ? (
          <Alert color="blue" variant="light" role="status">
            {login.error?.message}
          </Alert>
        ) : (
          <ErrorAlert error={login.error} />
        )}
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('login.submit')}
        </Button>
        <Alert variant="light" color="gray" p="xs">
          {t('login.demo')}
        </Alert>
      </Stack>
    </form>
  );
}
