import type { Letter } from '@contracts/letters.contract.ts';
import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { LetterStatusBadge, SecrecyBadge, UrgencyBadge } from './LetterBadges.tsx';
import { useLetterDates } from './thai-format.ts';

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** The letter's details as registered: ที่, ลงวันที่, จาก, ผู้ส่ง, เรียน, อ้างถึง, หมายเหตุ, classes and status. */
export function LetterDetails({ letter }: { letter: Letter }) {
  const t = useT();
  const dates = useLetterDates();
  const none = t('common.none');
  return (
    <Card withBorder radius="md" component="section" aria-label={t('letters.details')}>
      <Stack gap="sm">
        <Group gap={6}>
          <UrgencyBadge urgency={letter.urgency} showNormal />
          <SecrecyBadge secrecy={letter.secrecy} showNone />
          <LetterStatusBadge status={letter.status} showActive />
          <Badge variant="outline" color="gray" radius="sm">
            {t(`letters.intake.${letter.intake}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="xs">
          <Field label={t('letters.docNo')}>{letter.docNo || none}</Field>
          <Field label={t('letters.docDate')}>{dates.date(letter.docDate) || none}</Field>
          <Field label={t('letters.senderAgency')}>{letter.senderAgency}</Field>
          <Field label={t('letters.senderName')}>{letter.senderName || none}</Field>
          <Field label={t('letters.addressee')}>{letter.addressee || none}</Field>
          <Field label={t('letters.registeringUnit')}>{letter.registeringUnitName}</Field>
          <Field label={t('letters.reference')} wide>
            {letter.reference || none}
          </Field>
          <Field label={t('common.note')} wide>
            {letter.remarks || none}
          </Field>
          <Field label={t('letters.createdBy')}>
            {letter.createdByName} · {dates.dateTime(letter.createdAt)}
          </Field>
          {letter.closedAt && <Field label={t('letters.closedAt')}>{dates.dateTime(letter.closedAt)}</Field>}
          {letter.cancelledAt && (
            <Field label={t('letters.cancelledAt')}>
              {dates.dateTime(letter.cancelledAt)}
              {letter.cancelReason ? ` — ${letter.cancelReason}` : ''}
            </Field>
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

/** Every unit's receipt (ลงรับ) of the letter with its own number, date and time. */
export function ReceiptList({ letter }: { letter: Letter }) {
  const t = useT();
  const dates = useLetterDates();
  return (
    <Card withBorder radius="md" component="section" aria-label={t('letters.receipts')}>
      <Text fw={600} mb="xs">
        {t('letters.receipts')}
      </Text>
      {letter.receipts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('letters.notReceived')}
        </Text>
      ) : (
        <Stack gap="xs">
          {letter.receipts.map((r) => (
            <Group key={r.id} justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} td={r.cancelled ? 'line-through' : undefined}>
                  {t('letters.receiptNo', { number: r.formatted })}
                </Text>
                <Text size="sm">{r.orgUnitName}</Text>
                <Text size="xs" c="dimmed">
                  {dates.dateTime(r.receivedAt)} · {r.receivedByName}
                </Text>
              </div>
              {r.cancelled && (
                <Badge color="red" variant="light">
                  {t('numbers.status.cancelled')}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
