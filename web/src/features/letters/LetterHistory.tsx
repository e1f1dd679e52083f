import { Secrecy, Urgency } from '@contracts/letters.contract.ts';
import { Button, Card, Collapse, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { type MessageKey, useT } from '@/lib/i18n/index.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useLetterHistory } from './letters.ts';
import { useLetterDates } from './thai-format.ts';

/** The label of a changed field, when it is one of the letter's own details. */
const FIELD_LABELS: Record<string, MessageKey> = {
  docNo: 'letters.docNo',
  docDate: 'letters.docDate',
  senderAgency: 'letters.senderAgency',
  senderName: 'letters.senderName',
  addressee: 'letters.addressee',
  subject: 'letters.subject',
  urgency: 'letters.urgency',
  secrecy: 'letters.secrecy',
  reference: 'letters.reference',
  remarks: 'common.note',
};

/** Audit actions the history lists, in words; others show their code. */
const ACTION_LABELS: Record<string, MessageKey> = { 'letter.updated': 'letters.edited' };

/** ประวัติการแก้ไข: who changed what and when, loaded when opened. */
export function LetterHistory({ letterId }: { letterId: string }) {
  const t = useT();
  const dates = useLetterDates();
  const [open, setOpen] = useState(false);
  const history = useLetterHistory(letterId, open);
  const fieldLabel = (field: string) => {
    const key = FIELD_LABELS[field];
    return key ? t(key) : field;
  };
  const actionLabel = (action: string) => {
    const key = ACTION_LABELS[action];
    return key ? t(key) : action;
  };
  // Dates in BE, classes in words, other values as they are.
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (field === 'docDate' && typeof value === 'string') return dates.date(value);
    if (field === 'urgency' && Urgency.safeParse(value).success)
      return t(`letters.urgency.${value as Urgency}`);
    if (field === 'secrecy' && Secrecy.safeParse(value).success)
      return t(`letters.secrecy.${value as Secrecy}`);
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  return (
    <Card withBorder radius="md" component="section" aria-label={t('letters.history')}>
      <Button
        variant="subtle"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        h={44}
        px={0}
        style={{ alignSelf: 'flex-start' }}
      >
        {open ? '▾' : '▸'} {t('letters.history')}
      </Button>
      <Collapse in={open}>
        <QueryState query={history}>
          {(entries) =>
            entries.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('letters.noHistory')}
              </Text>
            ) : (
              <Stack gap="sm" mt="xs">
                {entries.map((e) => (
                  <div key={`${e.at}:${e.action}:${e.byName}`}>
                    <Text size="sm" fw={600}>
                      {actionLabel(e.action)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {dates.dateTime(e.at)} · {e.byName}
                    </Text>
                    {Object.entries(e.changes).map(([field, change]) => (
                      <Text key={field} size="xs" style={{ overflowWrap: 'anywhere' }}>
                        <Text span size="xs" c="dimmed">
                          {fieldLabel(field)}:
                        </Text>{' '}
                        {show(field, change.from)} → {show(field, change.to)}
                      </Text>
                    ))}
                  </div>
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Collapse>
    </Card>
  );
}
