import { NumberStatus, type Register, type RegisterNumber } from '@contracts/registers.contract.ts';
import { Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '@/lib/i18n/index.tsx';
import { currentYearBE, formatThaiDateTime } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconBook } from '@/ui/icons.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { CancelNumberButton } from './CancelNumberButton.tsx';
import { NumberStatusBadge } from './NumberStatusBadge.tsx';
import { useRegisterNumbers } from './registers.ts';

const LIMIT = 50;

/** The register book (สมุดทะเบียน) of one year: every number, who took it, when and why. */
export function RegisterBook({ register }: { register: Register }) {
  const { t, lang } = useI18n();
  const [yearBE, setYearBE] = useState<number | string>(register.year.yearBE || currentYearBE());
  const [status, setStatus] = useState('');
  const [offset, setOffset] = useState(0);
  const numbers = useRegisterNumbers(register.id, {
    yearBE: Number(yearBE) || undefined,
    status: status || null,
    limit: LIMIT,
    offset,
  });

  const columns: Column<RegisterNumber>[] = [
    { key: 'number', header: t('numbers.number'), primary: true, render: (n) => n.formatted },
    { key: 'status', header: t('numbers.status'), render: (n) => <NumberStatusBadge status={n.status} /> },
    {
      key: 'reason',
      header: t('common.reason'),
      render: (n) => (
        <>
          {n.reason || t('common.none')}
          {n.cancelledAt && (
            <Text size="xs" c="red">
              {t('numbers.cancelledBecause', {
                at: formatThaiDateTime(n.cancelledAt, lang),
                reason: `${n.cancelReason ?? ''}${n.cancelledByName ? ` (${n.cancelledByName})` : ''}`,
              })}
            </Text>
          )}
        </>
      ),
    },
    { key: 'by', header: t('numbers.by'), render: (n) => n.issuedByName },
    { key: 'at', header: t('numbers.at'), render: (n) => formatThaiDateTime(n.issuedAt, lang) },
  ];

  return (
    <Stack>
      <Card withBorder radius="md" padding="sm">
        <Group gap="lg">
          <div>
            <Text size="xs" c="dimmed">
              {t('registers.kind')}
            </Text>
            <Text fw={600}>{t(`registers.kind.${register.kind}`)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('registers.next')}
            </Text>
            <Text fw={700}>{register.nextFormatted}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('common.unit')}
            </Text>
            <Text>{register.orgUnitName}</Text>
          </div>
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 2 }}>
        <NumberInput
          label={t('numbers.yearBE')}
          value={yearBE}
          onChange={(v) => {
            setYearBE(v);
            setOffset(0);
          }}
          min={2500}
          max={2700}
          allowDecimal={false}
        />
        <NativeSelect
          label={t('numbers.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value);
            setOffset(0);
          }}
          data={[
            { value: '', label: t('common.all') },
            ...NumberStatus.options.map((s) => ({ value: s, label: t(`numbers.status.${s}`) })),
          ]}
        />
      </SimpleGrid>
      <QueryState query={numbers}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState icon={<IconBook size={26} />} title={t('numbers.empty')} />
          ) : (
            <>
              <DataList
                label={t('registers.book')}
                rows={page.items}
                columns={columns}
                rowKey={(n) => `${n.yearBE}:${n.number}`}
                actions={(n) => (n.status === 'reserved' ? <CancelNumberButton number={n} /> : null)}
              />
              <Pager total={page.total} limit={LIMIT} offset={offset} onChange={setOffset} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
