import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { NumberList } from './NumberList.tsx';
import { NumberStatusFilter } from './NumberStatusFilter.tsx';
import { useReservations } from './registers.ts';

const LIMIT = 20;

/** Reserved numbers: which register, the number, who reserved it, when and why; cancel with a reason. */
export function ReservationList() {
  const t = useT();
  const [status, setStatus] = useState('reserved');
  const [offset, setOffset] = useState(0);
  const reservations = useReservations({ status: status || null, limit: LIMIT, offset });

  return (
    <Stack>
      <NumberStatusFilter
        label={t('reservations.filterStatus')}
        value={status}
        onChange={(s) => {
          setStatus(s);
          setOffset(0);
        }}
        maw={280}
      />
      <QueryState query={reservations}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={t('reservations.empty')} />
          ) : (
            <NumberList
              label={t('reservations.list')}
              numbers={page.items}
              total={page.total}
              limit={LIMIT}
              offset={offset}
              onOffset={setOffset}
              withRegister
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
