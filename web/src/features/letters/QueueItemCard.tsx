import type { QueueItem } from '@contracts/letters.contract.ts';
import { Box, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n/index.tsx';
import { DeliveryLine } from './DeliveryLine.tsx';
import { LetterStatusBadge, SecrecyBadge, UrgencyBadge } from './LetterBadges.tsx';
import { useLetterDates } from './thai-format.ts';

/** A blue dot before unread letters (announced to screen readers). */
export function UnreadDot({ unread }: { unread: boolean }) {
  const t = useT();
  if (!unread) return null;
  return (
    <Box
      component="span"
      role="img"
      aria-label={t('letters.unread')}
      style={{
        display: 'inline-block',
        width: 10,
        height: 10,
        borderRadius: 5,
        background: 'var(--mantine-color-saraban-6)',
        flexShrink: 0,
      }}
    />
  );
}

/** "ที่ … ลงวันที่ …" of a letter, or '' when it has neither. */
export function useLetterReference() {
  const t = useT();
  const dates = useLetterDates();
  return (docNo: string, docDate: string | null) =>
    [docNo && `${t('letters.docNo')} ${docNo}`, docDate && `${t('letters.docDate')} ${dates.date(docDate)}`]
      .filter(Boolean)
      .join(' ');
}

/** A list row for phones: a card that opens `to`, remembering the list (`from`) to come back to. */
export function LinkCard({ to, from, children }: { to: string; from: string; children: ReactNode }) {
  return (
    <Card
      component={Link}
      to={to}
      state={{ from }}
      withBorder
      radius="md"
      padding="sm"
      role="listitem"
      style={{ color: 'inherit', textDecoration: 'none' }}
    >
      {children}
    </Card>
  );
}

/** One queue row as a card for phones: badges, subject, ที่/ลงวันที่, from, receipt number, delivery. */
export function QueueItemCard({ item, from, sent }: { item: QueueItem; from: string; sent: boolean }) {
  const t = useT();
  const reference = useLetterReference();
  const { letter } = item;
  return (
    <LinkCard to={`/letters/${letter.id}`} from={from}>
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap={4}>
            <UrgencyBadge urgency={letter.urgency} />
            <SecrecyBadge secrecy={letter.secrecy} />
            <LetterStatusBadge status={letter.status} />
          </Group>
          {letter.receipt && (
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {t('letters.receiptNo', { number: letter.receipt.formatted })}
            </Text>
          )}
        </Group>
        <Group gap={6} wrap="nowrap" align="baseline">
          <UnreadDot unread={item.unread} />
          <Text fw={item.unread ? 700 : 500} lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {letter.subject}
          </Text>
        </Group>
        {(letter.docNo || letter.docDate) && (
          <Text size="sm" c="dimmed">
            {reference(letter.docNo, letter.docDate)}
          </Text>
        )}
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('letters.from')}{' '}
          </Text>
          {letter.senderAgency}
        </Text>
        {item.delivery && <DeliveryLine delivery={item.delivery} withStatus={sent} />}
      </Stack>
    </LinkCard>
  );
}
