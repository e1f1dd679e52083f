import { Button, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useCurrentSession } from '@/features/auth/session.ts';
import { ScrollingTabs } from '@/features/letters/QueueTabs.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconMail, IconPlus, IconSearch } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { Pager } from '@/ui/Pager.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { usePhone } from '@/ui/use-phone.ts';
import { BOXES, type BoxName, boxPath, NEW_DRAFT_PATH, OUTGOING_DRAFT, visibleBoxes } from './boxes.ts';
import { OutgoingCard, OutgoingTable } from './OutgoingItems.tsx';
import { useOutgoingBox } from './outgoing.ts';

const LIMIT = 20;

/** One box of outgoing letters: tabs to the others, a search kept in the URL, cards or a table, pages. */
export function OutgoingBoxList({ box }: { box: BoxName }) {
  const t = useT();
  const session = useCurrentSession();
  const phone = usePhone();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Number(params.get('offset')) || 0;
  const [search, setSearch] = useState(q);
  const list = useOutgoingBox({ box, q: q || undefined, limit: LIMIT, offset });
  // A new search starts again from the first page.
  const setParam = (key: 'q' | 'offset', value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key === 'q') next.delete('offset');
        return next;
      },
      { replace: true },
    );
  const applySearch = useDebouncedCallback((value: string) => setParam('q', value.trim()), 350);
  const title = t(BOXES.find((b) => b.name === box)?.label ?? 'outgoing.box.all');
  const canDraft = OUTGOING_DRAFT.some((p) => session.permissions.includes(p));
  const here = `${location.pathname}${location.search}`;
  const newDraft = canDraft && (
    <Button component={Link} to={NEW_DRAFT_PATH} h={44} leftSection={<IconPlus size={16} />}>
      {t('outgoing.new')}
    </Button>
  );

  return (
    <Stack>
      <PageHeader title={title} subtitle={t('outgoing.title')} actions={newDraft || undefined} />
      <ScrollingTabs
        items={visibleBoxes(session.permissions).map((b) => ({ value: b.name, label: t(b.label) }))}
        current={box}
        onChange={(v) => navigate(boxPath(v as BoxName))}
        label={t('outgoing.title')}
      />
      <TextInput
        type="search"
        aria-label={t('common.search')}
        placeholder={t('outgoing.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          applySearch(e.currentTarget.value);
        }}
        size="md"
        className="no-print"
      />
      <QueryState query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState
              icon={<IconMail size={26} />}
              title={
                q
                  ? t('common.noResults')
                  : t(BOXES.find((b) => b.name === box)?.empty ?? 'outgoing.empty.all')
              }
              hint={q || !canDraft ? undefined : t('outgoing.emptyHint')}
              action={q ? undefined : newDraft}
            />
          ) : (
            <>
              {phone ? (
                <Stack gap="xs" role="list" aria-label={title}>
                  {page.items.map((item) => (
                    <OutgoingCard key={item.id} item={item} from={here} />
                  ))}
                </Stack>
              ) : (
                <OutgoingTable items={page.items} label={title} from={here} />
              )}
              <Pager
                total={page.total}
                limit={LIMIT}
                offset={offset}
                onChange={(o) => setParam('offset', o ? String(o) : '')}
              />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
