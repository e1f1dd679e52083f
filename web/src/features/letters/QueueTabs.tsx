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
  const listRef = useRef<HTMLDivElement>(null);
  // On a phone the row scrolls sideways: bring the current queue into view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again when the queue changes
  useEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>('[data-active]');
    if (!list || !tab) return;
    const l = list.getBoundingClientRect();
    const r = tab.getBoundingClientRect();
    list.scrollLeft += r.left - l.left - (l.width - r.width) / 2;
  }, [current]);
  return (
    <Tabs
      value={current}
      onChange={(v) => v && navigate(queuePath(v as QueueName))}
      variant="pills"
      radius="xl"
      aria-label={t('letters.incoming')}
    >
      <Tabs.List
        ref={listRef}
        style={{ flexWrap: 'nowrap', overflowX: 'auto', scrollbarWidth: 'none', paddingBottom: 2 }}
        className="no-print"
      >
        {queues.map((q) => (
          <Tabs.Tab
            key={q.name}
            value={q.name}
            style={{ minHeight: 44, whiteSpace: 'nowrap', flexShrink: 0 }}
            rightSection={q.count ? <CountBadge count={counts?.[q.count]} /> : undefined}
          >
            {t(q.label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
