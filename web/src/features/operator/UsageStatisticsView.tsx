import type { UsageStatistics } from '@contracts/tenancy.contract.ts';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={26} lh={1.3}>
        {value}
      </Text>
      {note && (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      )}
    </Card>
  );
}

/** The deck's statistics slide: agencies, users, users active this month, top 10 agencies by users. */
export function UsageStatisticsView({ stats }: { stats: UsageStatistics }) {
  const { t, lang } = useI18n();
  const n = (x: number) => x.toLocaleString(lang === 'th' ? 'th-TH' : 'en-GB');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Stat
          label={t('stats.tenants')}
          value={t('stats.tenantsValue', { count: n(stats.tenants) })}
          note={t('stats.activeTenants', { count: n(stats.activeTenants) })}
        />
        <Stat label={t('stats.totalUsers')} value={t('stats.usersValue', { count: n(stats.totalUsers) })} />
        <Stat
          label={t('stats.activeThisMonth')}
          value={t('stats.usersValue', { count: n(stats.usersActiveThisMonth) })}
        />
      </SimpleGrid>
      <Title order={3} size="h4" mt="md">
        {t('stats.top')}
      </Title>
      {stats.topTenantsByUsers.length === 0 ? (
        <EmptyState title={t('stats.none')} />
      ) : (
        <Table striped aria-label={t('stats.top')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('stats.rank')}</Table.Th>
              <Table.Th>{t('stats.agency')}</Table.Th>
              <Table.Th ta="right">{t('stats.users')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.topTenantsByUsers.map((row, i) => (
              <Table.Tr key={row.tenantId}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>{row.nameTh}</Table.Td>
                <Table.Td ta="right">{n(row.users)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
