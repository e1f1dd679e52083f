import type { Person } from '@contracts/directory.contract.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { SearchSelect, useSearchSelect } from '@/ui/SearchSelect.tsx';
import { usePeople } from './people.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  required?: boolean;
  description?: string;
  /** The name to show for the current value before any search. */
  initialName?: string;
}

const personOption = (p: Person) => ({ value: p.id, label: `${p.title}${p.nameTh}` });

/** Picks a person by typing part of their name (searched on the server). */
export function PersonPicker({ value, initialName, ...field }: Props) {
  const t = useT();
  const search = useSearchSelect(value, initialName);
  const people = usePeople({ q: search.q, offset: 0, limit: 20 });
  return (
    <SearchSelect
      {...field}
      state={search}
      items={people.data?.items}
      toOption={personOption}
      fetching={people.isFetching}
      value={value}
      placeholder={t('appointments.personSearch')}
    />
  );
}
