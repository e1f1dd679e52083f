import type { LetterView } from '@contracts/letters.contract.ts';
import { Anchor, Badge, Button, Collapse, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { UserPicker } from '@/features/users/UserPicker.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconSearch } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';
import { usePhone } from '@/ui/use-phone.ts';
import { useLetterViews } from './letter-views.ts';
import { useLetterDates } from './thai-format.ts';

const LIMIT = 30;

/**
 * ค้นหาประวัติการเข้าดูหนังสือ: who opened which letter's details, PDF, attachment or route, and when; by
 * user, letter (subject text, or one letter from its page) and Bangkok dates.
 */
export function LetterViewLog() {
  const t = useT();
  const dates = useLetterDates();
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const letterId = params.get('letterId') ?? undefined;
  const [userId, setUserId] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState(false);
  const views = useLetterViews({
    letterId,
    userId: userId ?? undefined,
    q: debounced || undefined,
    from: from ?? undefined,
    to: to ?? undefined,
    limit: LIMIT,
    offset,
  });
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setOffset(0);
    };

  const columns: Column<LetterView>[] = [
    {
      key: 'letter',
      header: t('letters.subject'),
      primary: true,
      render: (v) => (
        <Anchor component={Link} to={`/letters/${v.letterId}`} c="inherit" fw={600}>
          {v.subject}
        </Anchor>
      ),
    },
    { key: 'user', header: t('views.user'), render: (v) => v.userName },
    {
      key: 'what',
      header: t('views.what'),
      render: (v) => (
        <Group gap={4}>
          <Badge variant="light" size="sm">
            {t(`views.what.${v.what}`)}
          </Badge>
          {v.detail}
        </Group>
      ),
    },
    { key: 'at', header: t('audit.at'), render: (v) => dates.dateTime(v.at) },
  ];

  return (
    <Stack>
      <PageHeader title={t('views.title')} />
      {letterId && (
        <Group gap="xs">
          <Badge variant="light" size="lg" tt="none">
            {t('views.oneLetter')}
          </Badge>
          <Button variant="subtle" size="compact-sm" onClick={() => setParams({}, { replace: true })}>
            {t('audit.clear')}
          </Button>
        </Group>
      )}
      <Group gap="xs" wrap="nowrap">
        <TextInput
          type="search"
          aria-label={t('common.search')}
          placeholder={t('views.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => reset(setQ)(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        {phone && (
          <Button variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {t('letters.filters')}
          </Button>
        )}
      </Group>
      <Collapse in={!phone || open}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <UserPicker label={t('views.user')} value={userId} onChange={reset(setUserId)} />
          <ThaiDateInput label={t('audit.from')} value={from} onChange={reset(setFrom)} />
          <ThaiDateInput label={t('audit.to')} value={to} onChange={reset(setTo)} min={from ?? undefined} />
        </SimpleGrid>
      </Collapse>
      <QueryState query={views}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={t('views.empty')} />
          ) : (
            <>
              <DataList
                label={t('views.title')}
                rows={page.items}
                columns={columns}
                rowKey={(v) => `${v.at}:${v.userId}:${v.letterId}:${v.what}:${v.detail}`}
              />
              <Pager total={page.total} limit={LIMIT} offset={offset} onChange={setOffset} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
