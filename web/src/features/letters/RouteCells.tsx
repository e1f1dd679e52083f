import type { RouteHop, StepKind } from '@contracts/letters.contract.ts';
import { Stack, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { useLetterDates } from './thai-format.ts';

type Delivery = RouteHop['deliveries'][number];

/** Kinds marked after the content on the route page, as the deck marks commands "(คำสั่ง)". */
const MARKED: StepKind[] = ['command', 'action', 'return', 'close', 'cancel'];

/** Column 1: "ผู้ส่ง: …", the content, and "(คำสั่ง)" for commands. */
export function HopSender({ hop }: { hop: RouteHop }) {
  const t = useT();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t('letters.routeSender', { name: hop.fromName })}
      </Text>
      {hop.fromUnitName && hop.fromUnitName !== hop.fromName && (
        <Text size="xs" c="dimmed">
          {hop.fromUnitName}
        </Text>
      )}
      {hop.content && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {hop.content}
        </Text>
      )}
      {MARKED.includes(hop.kind) && <Text size="sm">({t(`letters.routeMark.${hop.kind}`)})</Text>}
    </Stack>
  );
}

/** Column 2: the signature, (name), position and capacity for signed steps; the sending unit otherwise; and when. */
export function HopSigner({ hop }: { hop: RouteHop }) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <Stack gap={2} align="center" ta="center">
      {hop.signed ? (
        <>
          {hop.signatureUrl && (
            <img
              className="route-signature"
              src={hop.signatureUrl}
              alt={t('letters.signatureOf', { name: hop.signerName ?? hop.fromName })}
            />
          )}
          <Text size="sm">({hop.signerName ?? hop.fromName})</Text>
          {hop.signerPosition && <Text size="sm">{hop.signerPosition}</Text>}
          {hop.capacity && <Text size="sm">{hop.capacity}</Text>}
        </>
      ) : (
        <Text size="sm">{hop.fromUnitName || hop.fromName}</Text>
      )}
      <Text size="sm">{dates.dateTime(hop.at)}</Text>
    </Stack>
  );
}

/** Column 3, one delivery: the receiver and เลขรับ / วันที่ / เวลา, or ดึงกลับ, ส่งคืน, รอลงรับ. */
export function HopDelivery({ delivery: d }: { delivery: Delivery }) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <Stack gap={0} data-delivery-status={d.status}>
      <Text size="sm" fw={600}>
        {d.toName}
      </Text>
      {d.status === 'received' && (
        <>
          {d.receipt && <Text size="sm">{t('letters.receiptNo', { number: d.receipt.formatted })}</Text>}
          {!d.receipt && <Text size="sm">{t('letters.acknowledged')}</Text>}
          <Text size="sm">{t('letters.routeDate', { date: dates.date(d.receivedAt) })}</Text>
          <Text size="sm">{t('letters.routeTime', { time: dates.time(d.receivedAt) })}</Text>
        </>
      )}
      {d.status === 'recalled' && (
        <>
          <Text size="sm">{t('letters.receiptRecalled')}</Text>
          <Text size="sm" c="orange.9">
            {t('letters.recalledAt', { date: dates.date(d.recalledAt), time: dates.time(d.recalledAt) })}
          </Text>
        </>
      )}
      {d.status === 'returned' && (
        <Text size="sm" c="orange.9" style={{ overflowWrap: 'anywhere' }}>
          {t('letters.returnedAt', {
            date: dates.date(d.returnedAt),
            time: dates.time(d.returnedAt),
            reason: d.returnReason ?? '',
          })}
        </Text>
      )}
      {d.status === 'pending' && (
        <Text size="sm" c="dimmed">
          {t(d.toKind === 'unit' ? 'letters.delivery.pending' : 'letters.awaitingAck')}
        </Text>
      )}
    </Stack>
  );
}
