import type { QueueCounts, QueueName } from '@contracts/letters.contract.ts';
import { Badge, Tabs } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '@/lib/i18n/index.tsx';
import { type QueueDefinition, queuePath } from './queues.ts';

/** A count badge, or nothing for zero. */
export function CountBadge({ count, label }: { count: number | undefined; label?: string }) {
  if (!count) return null;
  return (
    <Badge size="sm" color="red" variant="filled" circle={count < 10} aria-label={label}>
      {count > 99 ? '99+' : count}
    </Badge>
  );
}

/** One tab of ScrollingTabs: its value, label and an optional count badge. */
export interface TabItem {
  value: string;
  label: string;
  count?: number;
}

/** Pill tabs that scroll sideways on a phone, keeping the current one in view; `onChange` navigates. */
export function ScrollingTabs({
  items,
  current,
  onChange,
  label,
}: {
  items: TabItem[];
  current: string;
  onChange: (value: string) => void;
  label: string;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  // On a phone the row scrolls sideways: bring the current tab into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again when the tab changes
  useEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>('[data-active]');
    if (!list || !tab) return;
    const l = list.getBoundingClientRect();
    const r = tab.getBoundingClientRect();
    list.scrollLeft += r.left - l.left - (l.width - r.width) / 2;
  }, [current]);
  return (
    <Tabs value={current} onChange={(v) => v && onChange(v)} variant="pills" radius="xl" aria-label={label}>
      <Tabs.List
        ref={listRef}
        style={{ flexWrap: 'nowrap', overflowX: 'auto', scrollbarWidth: 'none', paddingBottom: 2 }}
        className="no-print"
      >
        {items.map((item) => (
          <Tabs.Tab
            key={item.value}
            value={item.value}
            style={{ minHeight: 44, whiteSpace: 'nowrap', flexShrink: 0 }}
            rightSection={item.count !== undefined ? <CountBadge count={item.count} /> : undefined}
          >
            {item.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

/** The queues as tabs that scroll sideways on a phone, with their counts. */
export function QueueTabs({
  queues,
  current,
  counts,
}: {
  queues: QueueDefinition[];
  current: QueueName;
  counts: QueueCounts | undefined;
}) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <ScrollingTabs
      items={queues.map((q) => ({
        value: q.name,
        label: t(q.label),
        count: q.count ? (counts?.[q.count] ?? 0) : undefined,
      }))}
      current={current}
      onChange={(v) => navigate(queuePath(v as QueueName))}
      label={t('letters.incoming')}
    />
  );
}
