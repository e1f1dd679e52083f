import type { Person } from '@contracts/directory.contract.ts';
import { Anchor, Badge, Button, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { OrgUnitSelect } from '@/features/org-units/OrgUnitSelect.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconPlus, IconSearch, IconUsers } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { usePeople } from './people.ts';
import { useState } from 'react';

const LIMIT = 20;

/** People of the agency, searchable and filterable by unit. */
export function PeopleList() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const unit = params.get('unit');
  const offset = Number(params.get('offset') ?? 0) || 0;
  const people = usePeople({ q: debounced || undefined, offset, limit: LIMIT, orgUnitId: unit });

  const update = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  const columns: Column<Person>[] = [
    {
      key: 'name',
      header: t('people.nameTh'),
      primary: true,
      render: (p) => (
        <Anchor component={Link} to={`/admin/people/${p.id}`} fw={600}>
          {p.title}
          {p.nameTh}
        </Anchor>
      ),
    },
    {
      key: 'position',
      header: t('people.positionTitle'),
      render: (p) => p.positionTitle || t('common.none'),
    },
    { key: 'email', header: t('people.loginEmail'), render: (p) => p.loginEmail ?? t('common.none') },
    {
      key: 'user',
      header: t('users.title'),
      render: (p) =>
        p.userId ? (
          <Badge variant="light" size="sm">
            {t('people.hasUser')}
          </Badge>
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('people.title')}
        actions={
          <Button component={Link} to="/admin/people/new" leftSection={<IconPlus size={16} />}>
            {t('people.add')}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" style={{ alignItems: 'end' }}>
        <TextInput
          type="search"
          aria-label={t('common.search')}
          placeholder={t('people.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            update({ offset: null });
          }}
        />
        <OrgUnitSelect
          label={t('common.unit')}
          value={unit}
          onChange={(id) => update({ unit: id, offset: null })}
          clearable
          placeholder={t('common.all')}
        />
      </SimpleGrid>
      <QueryState query={people}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState
              icon={<IconUsers size={26} />}
              title={debounced || unit ? t('common.noResults') : t('people.empty')}
            />
          ) : (
            <>
              <DataList label={t('people.title')} rows={page.items} columns={columns} rowKey={(p) => p.id} />
              <Pager
                total={page.total}
                limit={LIMIT}
                offset={offset}
                onChange={(o) => update({ offset: o ? String(o) : null })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
