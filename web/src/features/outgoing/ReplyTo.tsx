import type { Letter, QueueItem } from '@contracts/letters.contract.ts';
import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { letterKeys, useQueue } from '@/features/letters/letters.ts';
import { api } from '@/lib/api.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { SearchSelect, useSearchSelect } from '@/ui/SearchSelect.tsx';

const letterLabel = (l: { docNo: string; subject: string }) =>
  l.docNo ? `${l.docNo} ${l.subject}` : l.subject;
const letterOption = (item: QueueItem) => ({ value: item.letter.id, label: letterLabel(item.letter) });

/** The incoming letter `id` (shared with the letter screen's cache); nothing when there is none. */
function useRepliedLetter(id: string | null) {
  return useQuery({
    queryKey: letterKeys.one(id ?? ''),
    queryFn: () => api<Letter>('GET', `/letters/${id}`),
    enabled: id !== null,
    retry: false,
  });
}

function Picker({
  value,
  initialLabel,
  onChange,
}: {
  value: string | null;
  initialLabel?: string;
  onChange: (id: string | null) => void;
}) {
  const t = useT();
  const search = useSearchSelect(value, initialLabel);
  const letters = useQueue({ queue: 'all', q: search.q, limit: 20, offset: 0 });
  return (
    <SearchSelect
      state={search}
      items={letters.data?.items}
      toOption={letterOption}
      fetching={letters.isFetching}
      label={t('outgoing.replyTo')}
      description={t('outgoing.replyTo.hint')}
      placeholder={t('outgoing.replyTo.placeholder')}
      value={value}
      onChange={onChange}
    />
  );
}

/** ตอบหนังสือ: picks an incoming letter the user can see, by typing part of its number or subject. */
export function ReplyToField({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const replied = useRepliedLetter(value);
  const label = replied.data ? letterLabel(replied.data) : undefined;
  // Remount once the saved letter's name arrives, so the picker shows it.
  return <Picker key={label ? 'named' : 'unnamed'} value={value} initialLabel={label} onChange={onChange} />;
}

/** A link to the incoming letter this one answers, by its number and subject when the viewer may see it. */
export function ReplyToLink({ id }: { id: string }) {
  const t = useT();
  const replied = useRepliedLetter(id);
  return (
    <Anchor component={Link} to={`/letters/${id}`} size="sm">
      {replied.data ? letterLabel(replied.data) : t('outgoing.replyTo.open')}
    </Anchor>
  );
}
