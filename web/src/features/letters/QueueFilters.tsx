import { LetterStatus, Secrecy, Urgency } from '@contracts/letters.contract.ts';
import { Button, Collapse, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { type MessageKey, useT } from '@/lib/i18n/index.tsx';
import { IconSearch } from '@/ui/icons.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';

/** The filters of a queue list as they sit in the URL ('' for none). */
export interface QueueFilterValues {
  q: string;
  urgency: string;
  secrecy: string;
  status: string;
  from: string;
  to: string;
}

/** The filter names, for reading and clearing them in the URL. */
export const QUEUE_FILTERS = ['q', 'urgency', 'secrecy', 'status', 'from', 'to'] as const;

/** The filters from the URL's search parameters. */
export function readQueueFilters(params: URLSearchParams): QueueFilterValues {
  const get = (k: (typeof QUEUE_FILTERS)[number]) => params.get(k) ?? '';
  return {
    q: get('q'),
    urgency: get('urgency'),
    secrecy: get('secrecy'),
    status: get('status'),
    from: get('from'),
    to: get('to'),
  };
}

/**
 * Search text (always visible) and, in a panel that folds away on phones, urgency, secrecy, status and a
 * Bangkok date range. Every change applies at once (typing after a short pause).
 */
export function QueueFilters({
  values,
  onChange,
}: {
  values: QueueFilterValues;
  onChange: (changes: Partial<QueueFilterValues>) => void;
}) {
  const t = useT();
  const [q, setQ] = useState(values.q);
  const [open, setOpen] = useState(false);
  const applyQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() }), 350);
  const active = (['urgency', 'secrecy', 'status', 'from', 'to'] as const).filter((k) => values[k]).length;
  const options = (prefix: string, all: readonly string[]) => [
    { value: '', label: t('common.all') },
    ...all.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) })),
  ];

  return (
    <Stack gap="xs" className="no-print">
      <Group gap="xs" wrap="nowrap">
        <TextInput
          type="search"
          aria-label={t('common.search')}
          placeholder={t('letters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            applyQ(e.currentTarget.value);
          }}
          style={{ flex: 1 }}
          size="md"
        />
        <Button
          variant={active ? 'light' : 'default'}
          size="md"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="queue-filters"
        >
          {t('letters.filters')}
          {active ? ` (${active})` : ''}
        </Button>
      </Group>
      <Collapse in={open} id="queue-filters">
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NativeSelect
              label={t('letters.urgency')}
              value={values.urgency}
              onChange={(e) => onChange({ urgency: e.currentTarget.value })}
              data={options('letters.urgency', Urgency.options)}
            />
            <NativeSelect
              label={t('letters.secrecy')}
              value={values.secrecy}
              onChange={(e) => onChange({ secrecy: e.currentTarget.value })}
              data={options('letters.secrecy', Secrecy.options)}
            />
            <NativeSelect
              label={t('common.status')}
              value={values.status}
              onChange={(e) => onChange({ status: e.currentTarget.value })}
              data={options('letters.status', LetterStatus.options)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <ThaiDateInput
              label={t('letters.registeredFrom')}
              value={values.from || null}
              onChange={(d) => onChange({ from: d ?? '' })}
            />
            <ThaiDateInput
              label={t('letters.registeredTo')}
              value={values.to || null}
              onChange={(d) => onChange({ to: d ?? '' })}
              min={values.from || undefined}
            />
          </SimpleGrid>
          {active > 0 && (
            <Button
              variant="subtle"
              onClick={() => onChange({ urgency: '', secrecy: '', status: '', from: '', to: '' })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('audit.clear')}
            </Button>
          )}
        </Stack>
      </Collapse>
    </Stack>
  );
}
