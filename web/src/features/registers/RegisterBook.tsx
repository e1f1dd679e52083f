import type { Register } from '@contracts/registers.contract.ts';
import { Card, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { currentYearBE } from '@/lib/thai-date.ts';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconBook } from '@/ui/icons.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { NumberList } from './NumberList.tsx';
import { NumberStatusFilter } from './NumberStatusFilter.tsx';
import { useRegisterNumbers } from './registers.ts';

const LIMIT = 50;

/** The register book (สมุดทะเบียน) of one year: every number, who took it, when and why. */
export function RegisterBook({ register }: { register: Register }) {
  const t = useT();
  const [yearBE, setYearBE] = useState<number | string>(register.year.yearBE || currentYearBE());
  const [status, setStatus] = useState('');
  const [offset, setOffset] = useState(0);
  const numbers = useRegisterNumbers(register.id, {
    yearBE: Number(yearBE) || undefined,
    status: status || null,
    limit: LIMIT,
    offset,
  });

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
        <NumberStatusFilter
          label={t('numbers.status')}
          value={status}
          onChange={(s) => {
            setStatus(s);
            setOffset(0);
          }}
        />
      </SimpleGrid>
      <QueryState query={numbers}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState icon={<IconBook size={26} />} title={t('numbers.empty')} />
          ) : (
            <NumberList
              label={t('registers.book')}
              numbers={page.items}
              total={page.total}
              limit={LIMIT}
              offset={offset}
              onOffset={setOffset}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
