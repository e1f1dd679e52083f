import type { RegisterNumber } from '@contracts/registers.contract.ts';
import { Text } from '@mantine/core';
import { type Lang, type Translate, useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { CancelNumberButton } from './CancelNumberButton.tsx';
import { NumberStatusBadge } from './NumberStatusBadge.tsx';

/** "register — unit", unless the register's name already names its unit. */
function registerLabel(n: RegisterNumber): string {
  return n.registerName.includes(n.orgUnitName) ? n.registerName : `${n.registerName} — ${n.orgUnitName}`;
}

function columns(t: Translate, lang: Lang, withRegister: boolean): Column<RegisterNumber>[] {
  const list: Column<RegisterNumber>[] = [
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
  if (withRegister)
    list.splice(1, 0, { key: 'register', header: t('registers.name'), render: registerLabel });
  return list;
}

/**
 * One page of numbers: status, reason (and cancellation), who took each and when, with a cancel button
 * on reserved ones; `withRegister` adds each number's register for lists that span registers.
 */
export function NumberList({
  label,
  numbers,
  total,
  limit,
  offset,
  onOffset,
  withRegister = false,
}: {
  label: string;
  numbers: RegisterNumber[];
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
  withRegister?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      <DataList
        label={label}
        rows={numbers}
        columns={columns(t, lang, withRegister)}
        rowKey={(n) => `${n.registerId}:${n.yearBE}:${n.number}`}
        actions={(n) => (n.status === 'reserved' ? <CancelNumberButton number={n} /> : null)}
      />
      <Pager total={total} limit={limit} offset={offset} onChange={onOffset} />
    </>
  );
}
