import {
  Badge,
  Button,
  Code,
  Collapse,
  Group,
  SimpleGrid,
  Spoiler,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { UserPicker } from '@/features/users/UserPicker.tsx';
import { useI18n } from '@/lib/i18n/index.tsx';
import { endOfBangkokDay, formatThaiDateTime, startOfBangkokDay } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { LoadingState } from '@/ui/LoadingState.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';
import { usePhone } from '@/ui/use-phone.ts';
import { type AuditFilters, type Entry, useAuditLog } from './audit.ts';
import { AuditVerifyButton } from './AuditVerifyButton.tsx';

/** The audit log browser: filter by action, actor and Bangkok date range; load older entries on demand. */
export function AuditLog() {
  const { t, lang } = useI18n();
  const [action, setAction] = useState('');
  const [actorId, setActorId] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [filters, setFilters] = useState<AuditFilters>({});
  const log = useAuditLog(filters);
  const phone = usePhone();
  const [showFilters, setShowFilters] = useState(false);
  const activeFilters = Object.values(filters).filter(Boolean).length;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters({
      action: action.trim() || undefined,
      actorId: actorId ?? undefined,
      from: from ? startOfBangkokDay(from) : undefined,
      to: to ? endOfBangkokDay(to) : undefined,
    });
  };
  const clear = () => {
    setAction('');
    setActorId(null);
    setFrom(null);
    setTo(null);
    setFilters({});
  };

  const columns: Column<Entry>[] = [
    { key: 'action', header: t('audit.action'), primary: true, render: (e) => <Code>{e.action}</Code> },
    { key: 'at', header: t('audit.at'), render: (e) => formatThaiDateTime(e.at, lang) },
    {
      key: 'actor',
      header: t('audit.actor'),
      render: (e) => (
        <Group gap={4}>
          {e.actorKind === 'system' ? t('audit.system') : e.actorName}
          {e.actorKind === 'operator' && (
            <Badge size="xs" variant="light" color="dark">
              {t('nav.operator')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'target',
      header: t('audit.target'),
      render: (e) => (e.targetId ? `${e.targetType} · ${e.targetId.slice(0, 8)}` : e.targetType),
    },
    {
      key: 'details',
      header: t('audit.details'),
      render: (e) =>
        Object.keys(e.summary).length === 0 ? (
          t('common.none')
        ) : (
          <Spoiler maxHeight={66} showLabel="…" hideLabel="▲">
            {Object.entries(e.summary).map(([k, val]) => (
              <Text key={k} size="xs" style={{ overflowWrap: 'anywhere' }}>
                <Text span c="dimmed" size="xs">
                  {k}:
                </Text>{' '}
                {typeof val === 'string' ? val : JSON.stringify(val)}
              </Text>
            ))}
          </Spoiler>
        ),
    },
    { key: 'seq', header: t('audit.seq'), render: (e) => e.seq, desktopOnly: true },
  ];
  const entries = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <AuditVerifyButton />
      {phone && (
        <Button
          variant="default"
          onClick={() => setShowFilters((s) => !s)}
          aria-expanded={showFilters}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('audit.filter')}
          {activeFilters > 0 ? ` (${activeFilters})` : ''}
        </Button>
      )}
      <Collapse in={!phone || showFilters}>
        <form onSubmit={apply} noValidate>
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('audit.action')}
                placeholder={t('audit.actionHint')}
                value={action}
                onChange={(e) => setAction(e.currentTarget.value)}
                autoCapitalize="none"
              />
              <UserPicker label={t('audit.actor')} value={actorId} onChange={setActorId} />
              <ThaiDateInput label={t('audit.from')} value={from} onChange={setFrom} />
              <ThaiDateInput label={t('audit.to')} value={to} onChange={setTo} min={from ?? undefined} />
            </SimpleGrid>
            <Group gap="xs">
              <Button type="submit">{t('audit.filter')}</Button>
              <Button variant="default" onClick={clear}>
                {t('audit.clear')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
      {log.isPending ? (
        <LoadingState />
      ) : log.isError ? (
        <ErrorAlert error={log.error} />
      ) : entries.length === 0 ? (
        <EmptyState title={t('audit.empty')} />
      ) : (
        <>
          <DataList
            label={t('audit.title')}
            rows={entries}
            columns={columns}
            rowKey={(e) => String(e.seq)}
            minWidth={760}
          />
          {log.hasNextPage && (
            <Button
              variant="light"
              onClick={() => log.fetchNextPage()}
              loading={log.isFetchingNextPage}
              style={{ alignSelf: 'center' }}
            >
              {t('common.loadMore')}
            </Button>
          )}
          <Text size="xs" c="dimmed" ta="center">
            {t('common.total', { total: entries.length })}
          </Text>
        </>
      )}
    </Stack>
  );
}
