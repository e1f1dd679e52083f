import { Button, PasswordInput, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError, fieldIssue, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useChangePassword } from './account.ts';
import { useState } from 'react';

/** Current password, new password twice. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const t = useT();
  const notify = useToast();
  const change = useChangePassword();
  const [mismatch, setMismatch] = useState<unknown>(null);
  const f = useFields({ currentPassword: '', newPassword: '', confirm: '' });
  const error = mismatch ?? change.error;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (f.values.newPassword !== f.values.confirm) {
      setMismatch(fieldIssue('confirm', t('error.passwordMismatch'), t));
      return;
    }
    setMismatch(null);
    change.mutate(
      { currentPassword: f.values.currentPassword, newPassword: f.values.newPassword },
      {
        onSuccess: () => {
          notify(t('account.passwordChanged'));
          f.setValues({ currentPassword: '', newPassword: '', confirm: '' });
          onChanged?.();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={t('account.currentPassword')}
          {...f.text('currentPassword')}
          error={fieldError(error, 'currentPassword')}
          autoComplete="current-password"
          required
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordHint')}
          {...f.text('newPassword')}
          error={fieldError(error, 'newPassword')}
          autoComplete="new-password"
          required
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          {...f.text('confirm')}
          error={fieldError(error, 'confirm')}
          autoComplete="new-password"
          required
        />
        <ErrorAlert error={error} shownFields={['currentPassword', 'newPassword', 'confirm']} />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.password')}
        </Button>
      </Stack>
    </form>
  );
}
