import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useState } from 'react';
import { api } from '@/lib/api.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { currentYearBE } from '@/lib/thai-date.ts';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconBook } from '@/ui/icons.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useLetterDates } from './thai-format.ts';

interface Book<R> {
  registerName: string;
  orgUnitName: string;
  yearBE: number;
  rows: R[];
}

/**
 * A register book of one year (ทะเบียนหนังสือรับ / ส่ง): the year select, the printable PDF, and the rows as a
 * table on wide screens and cards on phones. `path` is the book's API path (e.g. /registers/:id/receive-book);
 * its PDF is the same path with ".pdf".
 */
export function BookFrame<R extends { number: number }>(props: {
  label: string;
  path: string;
  columns: Column<R>[];
}) {
  const t = useT();
  const dates = useLetterDates();
  const thisYear = currentYearBE();
  const [yearBE, setYearBE] = useState(thisYear);
  const book = useQuery({
    queryKey: ['register-book', props.path, yearBE],
    queryFn: () => api<Book<R>>('GET', props.path, { query: { yearBE } }),
    placeholderData: keepPreviousData,
  });
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
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
        <Button
          component="a"
          href={`/api/v1${props.path}.pdf?yearBE=${yearBE}`}
          download
          variant="default"
          h={44}
        >
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
                label={props.label}
                rows={b.rows}
                columns={props.columns}
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

/** A book row's number: a link to its letter when there is one, marked ยกเลิก when cancelled. */
export function BookNumberCell({
  label,
  to,
  cancelled,
}: {
  label: string;
  to: string | null;
  cancelled: boolean;
}) {
  const t = useT();
  return (
    <Group gap={6}>
      {to ? (
        <Anchor component={Link} to={to} fw={700}>
          {label}
        </Anchor>
      ) : (
        <Text span fw={700}>
          {label}
        </Text>
      )}
      {cancelled && (
        <Badge color="red" variant="light" size="sm">
          {t('numbers.status.cancelled')}
        </Badge>
      )}
    </Group>
  );
}

/** A book cell's text, struck through on a cancelled row; "—" when empty. */
export function BookText({ cancelled, text }: { cancelled: boolean; text: string }) {
  const t = useT();
  return (
    <Text span size="sm" td={cancelled ? 'line-through' : undefined}>
      {text || t('common.none')}
    </Text>
  );
}
