import type { OutgoingDelivery, OutgoingLetter, OutgoingReview } from '@contracts/outgoing.contract.ts';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { VersionCompare } from './VersionCompare.tsx';

type Review = z.infer<typeof OutgoingReview>;
type Delivery = z.infer<typeof OutgoingDelivery>;

const reviewColor: Record<Review['status'], string> = {
  waiting: 'gray',
  pending: 'yellow',
  approved: 'teal',
  returned: 'orange',
  signed: 'saraban',
};
const deliveryColor: Record<Delivery['status'], string> = {
  delivered: 'yellow',
  received: 'teal',
  acknowledged: 'green',
  returned: 'orange',
};

/** A titled card holding an ordered list, with `empty` when there is nothing in it and `action` by the title. */
function ListCard({
  title,
  empty,
  action,
  children,
}: {
  title: string;
  empty?: string;
  action?: ReactNode;
  children: ReactNode[];
}) {
  return (
    <Card withBorder radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Text fw={600}>{title}</Text>
        {action}
      </Group>
      {children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
    </Card>
  );
}

/** The review chain: each reviewer in order, then the signer, with their state, comment and time. */
export function ReviewChain({ letter }: { letter: OutgoingLetter }) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <ListCard title={t('outgoing.reviews')} empty={t('outgoing.noReviews')}>
      {letter.reviews.map((r, i) => (
        <li key={`${r.role}:${r.userId}:${r.actedAt ?? i}`}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {dates.num(i + 1)}. {r.name}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`outgoing.role.${r.role}`)}
            </Text>
            <Badge size="sm" variant="light" radius="sm" color={reviewColor[r.status]}>
              {t(`outgoing.reviewStatus.${r.status}`)}
            </Badge>
          </Group>
          {r.comment && (
            <Text
              size="sm"
              c={r.status === 'returned' ? 'orange.9' : undefined}
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              “{r.comment}”
            </Text>
          )}
          {r.actedAt && (
            <Text size="xs" c="dimmed">
              {dates.dateTime(r.actedAt)}
            </Text>
          )}
        </li>
      ))}
    </ListCard>
  );
}

/** Where the letter went, each recipient with ส่งแล้ว, ลงรับแล้ว (with their receipt number) or ส่งคืน. */
export function DeliveryList({ letter }: { letter: OutgoingLetter }) {
  const t = useT();
  const dates = useLetterDates();
  if (letter.deliveries.length === 0) return null;
  return (
    <ListCard title={t('outgoing.deliveries')}>
      {letter.deliveries.map((d) => (
        <li key={d.id}>
          <Group gap={6} wrap="wrap" justify="space-between">
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {d.toName}
            </Text>
            <Badge size="sm" variant="light" radius="sm" color={deliveryColor[d.status]}>
              {d.status === 'received' && d.receiptFormatted
                ? t('outgoing.delivery.receivedNumber', { number: d.receiptFormatted })
                : d.status === 'acknowledged' && d.receiptFormatted
                  ? `${t('outgoing.delivery.acknowledged')} · ${t('outgoing.delivery.receivedNumber', { number: d.receiptFormatted })}`
                  : t(`outgoing.delivery.${d.status}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t(`outgoing.deliveryKind.${d.kind}`)} ·{' '}
            {t('outgoing.sentAt', { at: dates.dateTime(d.deliveredAt) })}
            {d.receivedAt ? ` · ${t('outgoing.receivedAt', { at: dates.dateTime(d.receivedAt) })}` : ''}
          </Text>
        </li>
      ))}
    </ListCard>
  );
}

/** Every saved version of the draft, newest first, with who saved it and the note. */
export function VersionList({ letter }: { letter: OutgoingLetter }) {
  const t = useT();
  const dates = useLetterDates();
  const versions = [...letter.versions].sort((a, b) => b.version - a.version);
  const [comparing, setComparing] = useState(false);
  const compare = versions.length >= 2 && (
    <>
      <Button size="compact-md" variant="light" onClick={() => setComparing(true)}>
        {t('outgoing.compare.open')}
      </Button>
      <VersionCompare letter={letter} opened={comparing} onClose={() => setComparing(false)} />
    </>
  );
  return (
    <ListCard title={t('outgoing.versions')} action={compare}>
      {versions.map((v) => (
        <li key={v.version}>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t('outgoing.version', { n: dates.num(v.version) })}
            </Text>
            {v.version === letter.version && (
              <Badge size="xs" variant="light">
                {t('outgoing.currentVersion')}
              </Badge>
            )}
          </Group>
          {v.note && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {v.note}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {dates.dateTime(v.createdAt)} · {v.createdByName}
          </Text>
        </li>
      ))}
    </ListCard>
  );
}

const decisionColor = {
  submitted: 'gray',
  approved: 'teal',
  returned: 'orange',
  commented: 'blue',
  signed: 'saraban',
} as const;

/** Every decision of every round, oldest first: a return's reason stays visible after resubmission. */
export function ReviewHistory({ letter }: { letter: OutgoingLetter }) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <ListCard title={t('outgoing.reviewHistory')} empty={t('outgoing.noReviews')}>
      {letter.reviewHistory.map((h) => (
        <li key={`${h.at}:${h.decision}`}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {h.byName}
            </Text>
            <Badge size="sm" variant="light" radius="sm" color={decisionColor[h.decision]}>
              {t(`outgoing.decision.${h.decision}`)}
            </Badge>
            <Text size="xs" c="dimmed">
              {dates.dateTime(h.at)}
            </Text>
          </Group>
          {h.comment && (
            <Text
              size="sm"
              c={h.decision === 'returned' ? 'orange.9' : undefined}
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              “{h.comment}”
            </Text>
          )}
        </li>
      ))}
    </ListCard>
  );
}
