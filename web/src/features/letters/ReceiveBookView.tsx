import type { ReceiveBookRow } from '@contracts/letters.contract.ts';
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/index.tsx';
import { currentYearBE } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconBook } from '@/ui/icons.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { receiveBookPdfUrl, useReceiveBook } from './receive-book.ts';
import { useLetterDates } from './thai-format.ts';

/**
 * ทะเบียนหนังสือรับ (แบบที่ ๑๓) of one register and year: เลขทะเบียนรับ, ที่, ลงวันที่, จาก, ถึง, เรื่อง,
 * การปฏิบัติ, หมายเหตุ; cancelled numbers stay in the book marked ยกเลิก. With the printable PDF.
 */
export function ReceiveBookView({ registerId }: { registerId: string }) {
  const t = useT();
  const dates = useLetterDates();
  const thisYear = currentYearBE();
  const [yearBE, setYearBE] = useState(thisYear);
  const book = useReceiveBook(registerId, yearBE);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const struck = (r: ReceiveBookRow, text: string) => (
    <Text span size="sm" td={r.cancelled ? 'line-through' : undefined}>
      {text || t('common.none')}
    </Text>
  );
  const columns: Column<ReceiveBookRow>[] = [
    {
      key: 'number',
      header: t('letters.book.number'),
      primary: true,
      render: (r) => (
        <Group gap={6}>
          {r.letterId ? (
            <Anchor component={Link} to={`/letters/${r.letterId}`} fw={700}>
              {r.formatted}
            </Anchor>
          ) : (
            <Text span fw={700}>
              {r.formatted}
            </Text>
          )}
          {r.cancelled && (
            <Badge color="red" variant="light" size="sm">
              {t('numbers.status.cancelled')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'docNo', header: t('letters.docNo'), render: (r) => struck(r, r.docNo) },
    { key: 'docDate', header: t('letters.docDate'), render: (r) => struck(r, dates.date(r.docDate)) },
    { key: 'from', header: t('letters.from'), render: (r) => struck(r, r.from) },
    { key: 'to', header: t('letters.book.to'), render: (r) => struck(r, r.to) },
    { key: 'subject', header: t('letters.subject'), render: (r) => struck(r, r.subject) },
    { key: 'action', header: t('letters.book.action'), render: (r) => r.action || t('common.none') },
    { key: 'remarks', header: t('common.note'), render: (r) => r.remarks || t('common.none') },
  ];

  return (
    <Stack>
      <Group gap="xs" align="flex-end">
        <NativeSelect
          label={t('numbers.yearBE')}
          value={String(yearBE)}
          onChange={(e) => setYearBE(Number(e.currentTarget.value))}
          data={years.map((y) => ({ value: String(y), label: dates.num(y) }))}
          w={140}
          size="md"
        />
        <Button component="a" href={receiveBookPdfUrl(registerId, yearBE)} download variant="default" h={44}>
          {t('letters.book.pdf')}
        </Button>
      </Group>
      <QueryState query={book}>
        {(b) =>
          b.rows.length === 0 ? (
            <EmptyState
              icon={<IconBook size={26} />}
              title={t('letters.book.empty', { year: dates.num(b.yearBE) })}
            />
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {b.registerName} · {b.orgUnitName} · {t('registers.year', { year: dates.num(b.yearBE) })}
              </Text>
              <DataList
                label={t('registers.kind.receive')}
                rows={b.rows}
                columns={columns}
                rowKey={(r) => String(r.number)}
                minWidth={980}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
