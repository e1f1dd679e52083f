import type { OutgoingSummary } from '@contracts/outgoing.contract.ts';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { z } from 'zod';
import { UrgencyBadge } from '@/features/letters/LetterBadges.tsx';
import { LinkCard } from '@/features/letters/QueueItemCard.tsx';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { FormBadge, OutgoingStatusBadge } from './OutgoingBadges.tsx';

type Summary = z.infer<typeof OutgoingSummary>;

/** "ที่ ศธ ๐๔๐๐๑/๑๒๓ · ๑๔ มิ.ย. ๒๕๖๙" once signed, else "แก้ไขล่าสุด …". */
function useNumberLine() {
  const t = useT();
  const dates = useLetterDates();
  return (item: Summary) =>
    item.numberFormatted
      ? [item.numberFormatted, dates.date(item.letterDate)].filter(Boolean).join(' · ')
      : t('outgoing.updatedAt', { at: dates.dateTime(item.updatedAt) });
}

/** One letter of a box as a card for phones: badges, subject, number or last change, owner unit. */
export function OutgoingCard({ item, from }: { item: Summary; from: string }) {
  const numberLine = useNumberLine();
  return (
    <LinkCard to={`/outgoing/${item.id}`} from={from}>
      <Stack gap={4}>
        <Group gap={4}>
          <OutgoingStatusBadge status={item.status} />
          <UrgencyBadge urgency={item.urgency} />
          <FormBadge form={item.form} />
        </Group>
        <Text fw={500} lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
          {item.subject}
        </Text>
        <Text
          size="sm"
          fw={item.numberFormatted ? 600 : undefined}
          c={item.numberFormatted ? undefined : 'dimmed'}
        >
          {numberLine(item)}
        </Text>
        <Text size="sm" c="dimmed">
          {item.ownerUnitName} · {item.createdByName}
        </Text>
      </Stack>
    </LinkCard>
  );
}

/** A box as a table on wide screens. */
export function OutgoingTable({ items, label, from }: { items: Summary[]; label: string; from: string }) {
  const t = useT();
  const numberLine = useNumberLine();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('letters.subject')}</Table.Th>
            <Table.Th w="26%">{t('outgoing.number')}</Table.Th>
            <Table.Th w="24%">{t('outgoing.ownerUnit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={4}>
                    <OutgoingStatusBadge status={item.status} />
                    <UrgencyBadge urgency={item.urgency} />
                    <FormBadge form={item.form} />
                  </Group>
                  <Anchor component={Link} to={`/outgoing/${item.id}`} state={{ from }} fw={500} c="inherit">
                    {item.subject}
                  </Anchor>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{numberLine(item)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.ownerUnitName}</Text>
                <Text size="xs" c="dimmed">
                  {item.createdByName}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
