import { PasswordInput, TextInput } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** Username and password for signing in: shared by the agency and the operator log-in forms. */
export function CredentialFields({
  username,
  password,
  onUsername,
  onPassword,
}: {
  username: string;
  password: string;
  onUsername: (username: string) => void;
  onPassword: (password: string) => void;
}) {
  const t = useT();
  return (
    <>
      <TextInput
        label={t('login.username')}
        value={username}
        onChange={(e) => onUsername(e.currentTarget.value)}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        autoComplete="username"
        required
        data-autofocus
      />
      <PasswordInput
        label={t('login.password')}
        value={password}
        onChange={(e) => onPassword(e.currentTarget.value)}
        autoComplete="current-password"
        required
      />
    </>
  );
}
