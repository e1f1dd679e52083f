import type { User } from '@contracts/directory.contract.ts';
import { Anchor, Badge, Button, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { Perm } from '@/features/auth/permissions.ts';
import { useCan } from '@/features/auth/session.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconPlus, IconSearch, IconUsers } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { QuotaLine } from './QuotaLine.tsx';
import { useUsers } from './users.ts';
import { isLocked } from './UserState.tsx';

const LIMIT = 20;

/**
 * The agency's user accounts. The user administrator also sees the quota line and เพิ่มผู้ใช้งาน; the
 * administrator of signatures only reads the list, to reach a user's page for นำเข้าลายเซ็น.
 */
export function UserList() {
  const { t, lang } = useI18n();
  const canManage = useCan(Perm.Users);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [offset, setOffset] = useState(0);
  const users = useUsers({ q: debounced || undefined, offset, limit: LIMIT });

  const status = (u: User) => {
    if (u.disabled)
      return (
        <Badge color="red" variant="light">
          {t('users.statusDisabled')}
        </Badge>
      );
    if (isLocked(u))
      return (
        <Badge color="orange" variant="light">
          {t('users.statusLocked')}
        </Badge>
      );
    return (
      <Badge color="teal" variant="light">
        {t('users.statusActive')}
      </Badge>
    );
  };
  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('users.displayName'),
      primary: true,
      render: (u) => (
        <Anchor component={Link} to={`/admin/users/${u.id}`} fw={600}>
          {u.displayName}
        </Anchor>
      ),
    },
    { key: 'username', header: t('users.username'), render: (u) => u.username },
    {
      key: 'roles',
      header: t('users.role'),
      render: (u) => u.roles.map((r) => r.roleName).join(', ') || t('common.none'),
    },
    { key: 'status', header: t('common.status'), render: status },
    {
      key: 'last',
      header: t('users.lastLogin'),
      render: (u) => formatThaiDateTime(u.lastLoginAt, lang) || t('common.none'),
      desktopOnly: true,
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('users.title')}
        actions={
          canManage && (
            <Button component={Link} to="/admin/users/new" leftSection={<IconPlus size={16} />}>
              {t('users.add')}
            </Button>
          )
        }
      />
      {canManage && <QuotaLine />}
      <TextInput
        type="search"
        aria-label={t('common.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setOffset(0);
        }}
      />
      <QueryState query={users}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState
              icon={<IconUsers size={26} />}
              title={debounced ? t('common.noResults') : t('users.empty')}
            />
          ) : (
            <>
              <DataList label={t('users.title')} rows={page.items} columns={columns} rowKey={(u) => u.id} />
              <Pager total={page.total} limit={LIMIT} offset={offset} onChange={setOffset} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
