import type { User } from '@contracts/directory.contract.ts';
import { Button, Checkbox, Divider, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, fieldIssue, useFields } from '@/lib/forms.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { useToast } from '@/ui/toast.tsx';
import { RoleAssignmentTable } from './RoleAssignmentTable.tsx';
import { UserFields } from './UserFields.tsx';
import { isLocked, UserState } from './UserState.tsx';
import { useAssignRole, useRemoveRole, useResetPassword, useUnlockUser, useUpdateUser } from './users.ts';

const FIELDS = ['personId', 'displayName', 'startsOn', 'endsOn', 'note', 'disabled'];

function ResetPassword({ user }: { user: User }) {
  const { t } = useI18n();
  const notify = useToast();
  const reset = useResetPassword(user.id);
  const [opened, setOpened] = useState(false);
  const [asUsername, setAsUsername] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        {t('users.resetPassword')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('users.resetPassword')}
        message={`${user.displayName} (${user.username})`}
        confirmLabel={t('users.resetPassword')}
        confirmColor="saraban"
        onConfirm={async () => {
          const pw = asUsername ? user.username : password;
          if (!asUsername && password !== confirm)
            throw fieldIssue('confirm', t('error.passwordMismatch'), t);
          await reset.mutateAsync({ password: pw, mustChangePassword: true });
          notify(t('users.passwordReset'));
          setPassword('');
          setConfirm('');
        }}
      >
        <Checkbox
          label={t('users.usernameAsPassword')}
          checked={asUsername}
          onChange={(e) => setAsUsername(e.currentTarget.checked)}
        />
        {!asUsername && (
          <>
            <PasswordInput
              label={t('users.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="new-password"
              data-autofocus
            />
            <PasswordInput
              label={t('users.confirmPassword')}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              autoComplete="new-password"
            />
          </>
        )}
      </ConfirmModal>
    </>
  );
}

/** The deck's user form for an existing account, with its role assignments edited directly. */
export function EditUserForm({ user, unitName }: { user: User; unitName: (id: string) => string }) {
  const { t } = useI18n();
  const notify = useToast();
  const update = useUpdateUser(user.id);
  const assign = useAssignRole();
  const removeRole = useRemoveRole();
  const unlock = useUnlockUser(user.id);
  const f = useFields({
    personId: user.personId,
    displayName: user.displayName,
    startsOn: user.startsOn,
    endsOn: user.endsOn,
    disabled: user.disabled,
    note: user.note,
  });
  const v = f.values;
  const err = (p: string) => fieldError(update.error, p);
  const locked = isLocked(user);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(v, { onSuccess: () => notify(t('users.saved')) });
  };

  return (
    <Stack>
      <UserState user={user} />
      <Group gap="xs">
        <ResetPassword user={user} />
        {locked && (
          <Button
            size="xs"
            variant="default"
            loading={unlock.isPending}
            onClick={() => unlock.mutate(undefined, { onSuccess: () => notify(t('users.unlocked')) })}
          >
            {t('users.unlock')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={unlock.error} />
      <form onSubmit={submit} noValidate>
        <Stack>
          <UserFields
            f={f}
            err={err}
            username={
              <TextInput label={t('users.username')} value={user.username} readOnly variant="filled" />
            }
            initialPersonName={user.personId ? user.displayName : undefined}
          />
          <ErrorAlert error={update.error} shownFields={FIELDS} />
          <FormActions submitLabel={t('common.save')} loading={update.isPending} />
        </Stack>
      </form>
      <Divider />
      <RoleAssignmentTable
        rows={user.roles}
        unitName={unitName}
        onAdd={(a) => assign.mutateAsync({ userId: user.id, ...a })}
        onRemove={(row) => removeRole.mutateAsync({ userId: user.id, assignmentId: row.id })}
      />
    </Stack>
  );
}
