import type { User } from '@contracts/directory.contract.ts';
import { Checkbox, Divider, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, fieldIssue, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { useToast } from '@/ui/toast.tsx';
import { type AssignmentRow, RoleAssignmentTable } from './RoleAssignmentTable.tsx';
import { UserFields } from './UserFields.tsx';
import { useAssignRole, useCreateUser } from './users.ts';

const FIELDS = ['personId', 'username', 'displayName', 'password', 'confirm', 'startsOn', 'endsOn', 'note'];

/**
 * The deck's user form for a new account. Roles added here are kept until the account exists,
 * then assigned one by one.
 */
export function CreateUserForm({
  onCreated,
  unitName,
}: {
  onCreated: (u: User) => void;
  unitName: (id: string) => string;
}) {
  const t = useT();
  const notify = useToast();
  const create = useCreateUser();
  const assign = useAssignRole();
  const [pending, setPending] = useState<AssignmentRow[]>([]);
  const [localError, setLocalError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const f = useFields({
    personId: null as string | null,
    displayName: '',
    username: '',
    usernameAsPassword: false,
    password: '',
    confirm: '',
    mustChangePassword: true,
    startsOn: null as string | null,
    endsOn: null as string | null,
    disabled: false,
    note: '',
  });
  const v = f.values;
  const error = localError;
  const err = (p: string) => fieldError(error, p);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const password = v.usernameAsPassword ? v.username : v.password;
    if (!v.usernameAsPassword && v.password !== v.confirm) {
      setLocalError(fieldIssue('confirm', t('error.passwordMismatch'), t));
      return;
    }
    setLocalError(null);
    setBusy(true);
    let user: User;
    try {
      user = await create.mutateAsync({
        personId: v.personId,
        username: v.username,
        displayName: v.displayName,
        password,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        disabled: v.disabled,
        mustChangePassword: v.usernameAsPassword ? true : v.mustChangePassword,
        note: v.note,
      });
    } catch (err) {
      setLocalError(err);
      setBusy(false);
      return;
    }
    // The account exists now; a role that fails is reported on the user's page, where it can be added again.
    let latest = user;
    try {
      for (const row of pending) {
        latest = await assign.mutateAsync({
          userId: user.id,
          roleId: row.roleId,
          orgUnitId: row.orgUnitId,
          startsOn: row.startsOn,
          endsOn: row.endsOn,
        });
      }
      notify(t('users.created'));
    } catch (err) {
      notify(`${t('users.created')} — ${(err as Error).message}`, 'orange');
    } finally {
      setBusy(false);
    }
    onCreated(latest);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <UserFields
          f={f}
          err={err}
          username={
            <TextInput
              label={t('users.username')}
              description={t('fmt.username')}
              {...f.text('username')}
              error={err('username')}
              required
              autoCapitalize="none"
              autoComplete="off"
            />
          }
          credentials={
            <>
              <Checkbox
                label={t('users.usernameAsPassword')}
                checked={v.usernameAsPassword}
                onChange={(e) => f.set('usernameAsPassword', e.currentTarget.checked)}
              />
              {!v.usernameAsPassword && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <PasswordInput
                    label={t('users.password')}
                    {...f.text('password')}
                    error={err('password')}
                    required
                    autoComplete="new-password"
                  />
                  <PasswordInput
                    label={t('users.confirmPassword')}
                    {...f.text('confirm')}
                    error={err('confirm')}
                    required
                    autoComplete="new-password"
                  />
                </SimpleGrid>
              )}
              <Checkbox
                label={t('users.mustChangePassword')}
                checked={v.usernameAsPassword || v.mustChangePassword}
                disabled={v.usernameAsPassword}
                onChange={(e) => f.set('mustChangePassword', e.currentTarget.checked)}
              />
            </>
          }
        />
        <Divider />
        <RoleAssignmentTable
          rows={pending}
          unitName={unitName}
          onAdd={async (a, names) => {
            setPending((rows) => [
              ...rows,
              { id: `pending-${rows.length}-${a.roleId}-${a.orgUnitId}`, ...a, ...names },
            ]);
          }}
          onRemove={async (row) => setPending((rows) => rows.filter((r) => r.id !== row.id))}
        />
        <ErrorAlert error={error} shownFields={FIELDS} />
        <FormActions submitLabel={t('common.save')} loading={busy} />
      </Stack>
    </form>
  );
}
