import type { QueueItem } from '@contracts/letters.contract.ts';
import { Badge, Group, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { useLetterDates } from './thai-format.ts';

type Delivery = NonNullable<QueueItem['delivery']>;

const statusColor = { pending: 'yellow', received: 'teal', recalled: 'gray', returned: 'orange' } as const;

/** "ผู้ส่ง → ผู้รับ: ข้อความ" with the step's kind and time; with `withStatus` the delivery's state too. */
export function DeliveryLine({ delivery, withStatus = false }: { delivery: Delivery; withStatus?: boolean }) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <Group gap={6} wrap="wrap" align="center">
      <Badge size="xs" variant="dot" color="saraban" radius="sm">
        {t(`letters.step.${delivery.stepKind}`)}
      </Badge>
      {withStatus && (
        <Badge size="xs" variant="light" color={statusColor[delivery.status]} radius="sm">
          {t(`letters.delivery.${delivery.status}`)}
        </Badge>
      )}
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {delivery.fromName} → {delivery.toName}
        {delivery.content ? `: ${delivery.content}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {dates.dateTime(delivery.sentAt)}
      </Text>
    </Group>
  );
}
