import { NumberStatus } from '@contracts/registers.contract.ts';
import { NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { CancelNumberButton } from './CancelNumberButton.tsx';
import { NumberStatusBadge } from './NumberStatusBadge.tsx';
import { type Reservation, useReservations } from './registers.ts';

const LIMIT = 20;

/** Reserved numbers: which register, the number, who reserved it, when and why; cancel with a reason. */
export function ReservationList() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState('reserved');
  const [offset, setOffset] = useState(0);
  const reservations = useReservations({ status: status || null, limit: LIMIT, offset });

  const columns: Column<Reservation>[] = [
    { key: 'number', header: t('numbers.number'), primary: true, render: (n) => n.formatted },
    {
      key: 'register',
      header: t('registers.name'),
      render: (n) =>
        n.registerName.includes(n.orgUnitName) ? n.registerName : `${n.registerName} — ${n.orgUnitName}`,
    },
    { key: 'status', header: t('numbers.status'), render: (n) => <NumberStatusBadge status={n.status} /> },
    {
      key: 'reason',
      header: t('common.reason'),
      render: (n) => (
        <>
          {n.reason}
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
      <NativeSelect
        label={t('reservations.filterStatus')}
        value={status}
        onChange={(e) => {
          setStatus(e.currentTarget.value);
          setOffset(0);
        }}
        data={[
          { value: '', label: t('common.all') },
          ...NumberStatus.options.map((s) => ({ value: s, label: t(`numbers.status.${s}`) })),
        ]}
        maw={280}
      />
      <QueryState query={reservations}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={t('reservations.empty')} />
          ) : (
            <>
              <DataList
                label={t('reservations.list')}
                rows={page.items}
                columns={columns}
                rowKey={(n) => `${n.registerId}:${n.yearBE}:${n.number}`}
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
