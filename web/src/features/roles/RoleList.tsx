import type { Role } from '@contracts/directory.contract.ts';
import { Anchor, Badge, Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/index.tsx';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconPlus } from '@/ui/icons.tsx';
import { LoadingState } from '@/ui/LoadingState.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { RoleMatrix } from './RoleMatrix.tsx';
import { useDeleteRole, usePermissions, useRoles } from './roles.ts';

/** Roles with their assignment counts, then the permission matrix of all roles. */
export function RoleList() {
  const { t, lang } = useI18n();
  const roles = useRoles();
  const permissions = usePermissions();
  const remove = useDeleteRole();
  const name = (r: Role) => (lang === 'en' && r.nameEn ? r.nameEn : r.nameTh);

  const columns: Column<Role>[] = [
    {
      key: 'name',
      header: t('roles.nameTh'),
      primary: true,
      render: (r) => (
        <Anchor component={Link} to={`/admin/roles/${r.id}`} fw={600}>
          {name(r)}
        </Anchor>
      ),
    },
    { key: 'perms', header: t('roles.permissions'), render: (r) => r.permissions.length },
    {
      key: 'assigned',
      header: t('users.title'),
      render: (r) => t('roles.assignments', { count: r.assignments }),
    },
    {
      key: 'kind',
      header: '',
      render: (r) =>
        r.key ? (
          <Badge variant="light" color="gray" size="sm">
            {t('roles.builtIn')}
          </Badge>
        ) : null,
      desktopOnly: true,
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('roles.title')}
        actions={
          <Button component={Link} to="/admin/roles/new" leftSection={<IconPlus size={16} />}>
            {t('roles.add')}
          </Button>
        }
      />
      {roles.isPending || permissions.isPending ? (
        <LoadingState />
      ) : roles.isError || permissions.isError ? (
        <ErrorAlert error={roles.error ?? permissions.error} />
      ) : roles.data.length === 0 ? (
        <EmptyState title={t('roles.empty')} />
      ) : (
        <>
          <DataList
            label={t('roles.title')}
            rows={roles.data}
            columns={columns}
            rowKey={(r) => r.id}
            actions={(r) => (
              <ConfirmButton
                size="xs"
                variant="subtle"
                ariaLabel={`${t('common.delete')} ${name(r)}`}
                message={t('common.deleteConfirm', { name: name(r) })}
                confirmLabel={t('common.delete')}
                onConfirm={() => remove.mutateAsync(r.id)}
              >
                {t('common.delete')}
              </ConfirmButton>
            )}
          />
          <Title order={3} size="h4" mt="md">
            {t('roles.matrix')}
          </Title>
          <RoleMatrix roles={roles.data} permissions={permissions.data} />
        </>
      )}
    </Stack>
  );
}
