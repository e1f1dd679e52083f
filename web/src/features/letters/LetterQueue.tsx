import type { LetterStatus, QueueName, Secrecy, Urgency } from '@contracts/letters.contract.ts';
import { Button, Stack } from '@mantine/core';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useCurrentSession } from '@/features/auth/session.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconInbox, IconPlus } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { usePhone } from '@/ui/use-phone.ts';
import { LETTER_INTAKE } from './letter-permissions.ts';
import { useQueue, useQueueCounts } from './letters.ts';
import { QUEUE_FILTERS, QueueFilters, readQueueFilters } from './QueueFilters.tsx';
import { QueueItemCard } from './QueueItemCard.tsx';
import { QueueTable } from './QueueTable.tsx';
import { QueueTabs } from './QueueTabs.tsx';
import { QUEUES, visibleQueues } from './queues.ts';

const LIMIT = 20;

/** One queue of incoming letters: tabs to the others, filters kept in the URL, cards or a table, pages. */
export function LetterQueue({ queue }: { queue: QueueName }) {
  const t = useT();
  const session = useCurrentSession();
  const phone = usePhone();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const filters = readQueueFilters(params);
  const offset = Number(params.get('offset')) || 0;
  const queues = visibleQueues(session.permissions);
  const counts = useQueueCounts(true);
  const list = useQueue({
    queue,
    q: filters.q || undefined,
    urgency: (filters.urgency || undefined) as Urgency | undefined,
    secrecy: (filters.secrecy || undefined) as Secrecy | undefined,
    status: (filters.status || undefined) as LetterStatus | undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    limit: LIMIT,
    offset,
  });
  const setQuery = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const definition = QUEUES.find((q) => q.name === queue);
  const title = t(definition?.label ?? 'letters.queue.all');
  const here = `${location.pathname}${location.search}`;
  const canRegister = LETTER_INTAKE.some((p) => session.permissions.includes(p));
  const filtered = QUEUE_FILTERS.some((k) => filters[k]);

  return (
    <Stack>
      <PageHeader
        title={title}
        subtitle={t('letters.incoming')}
        actions={
          canRegister && (queue === 'to-receive' || queue === 'in-unit') ? (
            <Button component={Link} to="/letters/new" leftSection={<IconPlus size={16} />}>
              {t('letters.register')}
            </Button>
          ) : undefined
        }
      />
      <QueueTabs queues={queues} current={queue} counts={counts.data} />
      <QueueFilters
        key={queue}
        values={filters}
        onChange={(changes) => setQuery({ ...changes, offset: '' })}
      />
      <QueryState query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState
              icon={<IconInbox size={26} />}
              title={filtered ? t('common.noResults') : t(`letters.empty.${queue}`)}
              hint={filtered ? undefined : t('letters.emptyHint')}
            />
          ) : (
            <>
              {phone ? (
                <Stack gap="xs" role="list" aria-label={title}>
                  {page.items.map((item) => (
                    <QueueItemCard
                      key={`${item.letter.id}:${item.delivery?.id ?? ''}`}
                      item={item}
                      from={here}
                      sent={queue === 'sent'}
                    />
                  ))}
                </Stack>
              ) : (
                <QueueTable items={page.items} label={title} from={here} sent={queue === 'sent'} />
              )}
              <Pager
                total={page.total}
                limit={LIMIT}
                offset={offset}
                onChange={(o) => setQuery({ offset: o ? String(o) : '' })}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
