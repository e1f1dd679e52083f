import type { Tenant } from '@contracts/tenancy.contract.ts';
import { Anchor, Badge, Button, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/index.tsx';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconPlus, IconSearch } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useTenants } from './tenants.ts';

const LIMIT = 20;

/** The operator's list of agencies: name, code, letter code, users in use / quota, status. */
export function AgencyList() {
  const t = useT();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const [offset, setOffset] = useState(0);
  const query = useTenants(debounced.trim(), offset, LIMIT);

  const columns: Column<Tenant>[] = [
    {
      key: 'name',
      header: t('operator.nameTh'),
      primary: true,
      render: (a) => (
        <Anchor component={Link} to={`/operator/agencies/${a.id}`} fw={600}>
          {a.nameTh}
        </Anchor>
      ),
    },
    { key: 'slug', header: t('login.tenant'), render: (a) => a.slug },
    { key: 'code', header: t('operator.letterCode'), render: (a) => a.letterCode },
    {
      key: 'users',
      header: t('operator.users'),
      render: (a) => t('operator.usersOf', { used: a.usersInUse, quota: a.userQuota }),
    },
    {
      key: 'status',
      header: t('common.status'),
      render: (a) => (
        <Badge color={a.status === 'active' ? 'teal' : 'red'} variant="light">
          {t(`operator.status.${a.status}`)}
        </Badge>
      ),
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('operator.agencies')}
        actions={
          <Button component={Link} to="/operator/agencies/new" leftSection={<IconPlus size={16} />}>
            {t('operator.addAgency')}
          </Button>
        }
      />
      <TextInput
        aria-label={t('common.search')}
        placeholder={t('operator.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          setOffset(0);
        }}
        type="search"
      />
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={debounced ? t('common.noResults') : t('operator.empty')} />
          ) : (
            <>
              <DataList
                label={t('operator.agencies')}
                rows={page.items}
                columns={columns}
                rowKey={(a) => a.id}
              />
              <Pager total={page.total} limit={LIMIT} offset={offset} onChange={setOffset} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
