import type { QueueItem } from '@contracts/letters.contract.ts';
import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/index.tsx';
import { DeliveryLine } from './DeliveryLine.tsx';
import { LetterStatusBadge, SecrecyBadge, UrgencyBadge } from './LetterBadges.tsx';
import { UnreadDot, useLetterReference } from './QueueItemCard.tsx';

/** The queue as a table on wide screens. */
export function QueueTable({
  items,
  label,
  from,
  sent,
}: {
  items: QueueItem[];
  label: string;
  from: string;
  sent: boolean;
}) {
  const t = useT();
  const reference = useLetterReference();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('letters.receiptNumber')}</Table.Th>
            <Table.Th>{t('letters.subject')}</Table.Th>
            <Table.Th w="24%">{t('letters.from')}</Table.Th>
            <Table.Th w="30%">{t('letters.delivery')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map(({ letter, delivery, unread }) => (
            <Table.Tr key={`${letter.id}:${delivery?.id ?? ''}`}>
              <Table.Td>
                <Text fw={600}>{letter.receipt?.formatted ?? t('common.none')}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Group gap={4}>
                    <UrgencyBadge urgency={letter.urgency} />
                    <SecrecyBadge secrecy={letter.secrecy} />
                    <LetterStatusBadge status={letter.status} />
                  </Group>
                  <Group gap={6} wrap="nowrap" align="baseline">
                    <UnreadDot unread={unread} />
                    <Anchor
                      component={Link}
                      to={`/letters/${letter.id}`}
                      state={{ from }}
                      fw={unread ? 700 : 500}
                      c="inherit"
                    >
                      {letter.subject}
                    </Anchor>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {reference(letter.docNo, letter.docDate)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{letter.senderAgency}</Text>
              </Table.Td>
              <Table.Td>{delivery ? <DeliveryLine delivery={delivery} withStatus={sent} /> : null}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
