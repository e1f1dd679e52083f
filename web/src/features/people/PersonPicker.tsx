import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
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

/** Picks a person by typing part of their name (searched on the server). */
export function PersonPicker({ label, value, onChange, error, required, description, initialName }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<{ value: string; label: string } | null>(
    value && initialName ? { value, label: initialName } : null,
  );
  const [debounced] = useDebouncedValue(search, 250);
  // Typing searches; the chosen person's own label in the box is not a search.
  const q = debounced.trim() && debounced !== selected?.label ? debounced.trim() : undefined;
  const people = usePeople({ q, offset: 0, limit: 20 });
  const data = useMemo(() => {
    const items = (people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.title}${p.nameTh}` }));
    if (value && selected?.value === value && !items.some((i) => i.value === value)) items.unshift(selected);
    return items;
  }, [people.data, value, selected]);
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('appointments.personSearch')}
      data={data}
      value={value}
      onChange={(id, option) => {
        setSelected(id ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={people.isFetching ? t('common.loading') : t('common.noResults')}
      clearable
      error={error}
      required={required}
    />
  );
}
