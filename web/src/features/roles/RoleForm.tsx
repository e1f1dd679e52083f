import type { Role } from '@contracts/directory.contract.ts';
import { Checkbox, Fieldset, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useToast } from '@/ui/toast.tsx';
import { groupPermissions } from './permission-groups.ts';
import { usePermissions, useSaveRole } from './roles.ts';

/** Role name (Thai/English) and a checkbox per permission, grouped letters / admin. */
export function RoleForm({ role, onSaved }: { role?: Role; onSaved: (r: Role) => void }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const permissions = usePermissions();
  const save = useSaveRole();
  const f = useFields({
    nameTh: role?.nameTh ?? '',
    nameEn: role?.nameEn ?? '',
    permissions: role?.permissions ?? ([] as string[]),
  });
  const toggle = (key: string, on: boolean) =>
    f.set('permissions', on ? [...f.values.permissions, key] : f.values.permissions.filter((p) => p !== key));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { id: role?.id, ...f.values },
      {
        onSuccess: (r) => {
          notify(t('roles.saved'));
          onSaved(r);
        },
      },
    );
  };
  const groupLabel = (g: string) =>
    g === 'letters' ? t('roles.group.letters') : g === 'admin' ? t('roles.group.admin') : g;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('roles.nameTh')}
            {...f.text('nameTh')}
            error={fieldError(save.error, 'nameTh')}
            required
          />
          <TextInput
            label={t('roles.nameEn')}
            {...f.text('nameEn')}
            error={fieldError(save.error, 'nameEn')}
          />
        </SimpleGrid>
        <QueryState query={permissions}>
          {(perms) =>
            groupPermissions(perms).map(({ group, items }) => {
              const all = items.every((p) => f.values.permissions.includes(p.key));
              const some = items.some((p) => f.values.permissions.includes(p.key));
              return (
                <Fieldset key={group} legend={groupLabel(group)}>
                  <Stack gap="xs">
                    <Checkbox
                      label={t('common.all')}
                      checked={all}
                      indeterminate={some && !all}
                      fw={600}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        const keys = items.map((p) => p.key);
                        f.set(
                          'permissions',
                          on
                            ? [...new Set([...f.values.permissions, ...keys])]
                            : f.values.permissions.filter((k) => !keys.includes(k)),
                        );
                      }}
                    />
                    {items.map((p) => (
                      <Checkbox
                        key={p.key}
                        label={lang === 'en' ? p.en : p.th}
                        checked={f.values.permissions.includes(p.key)}
                        onChange={(e) => toggle(p.key, e.currentTarget.checked)}
                      />
                    ))}
                  </Stack>
                </Fieldset>
              );
            })
          }
        </QueryState>
        <ErrorAlert error={save.error} shownFields={['nameTh', 'nameEn']} />
        <FormActions submitLabel={t('common.save')} loading={save.isPending} />
      </Stack>
    </form>
  );
}
