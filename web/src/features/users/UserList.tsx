import type { User } from '@contracts/directory.contract.ts';
import { Anchor, Badge, Button, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
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

const LIMIT = 20;

/** The agency's user accounts with the quota line on top. */
export function UserList() {
  const { t, lang } = useI18n();
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
    if (u.lockedUntil && new Date(u.lockedUntil) > new Date())
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
          <Button component={Link} to="/admin/users/new" leftSection={<IconPlus size={16} />}>
            {t('users.add')}
          </Button>
        }
      />
      <QuotaLine />
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
