import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';

/** One choice in a SearchSelect: the id to store and the text to show. */
export interface SearchOption {
  value: string;
  label: string;
}

/** What a SearchSelect types and has chosen; `q` is the debounced text to send to the server. */
export interface SearchState {
  q: string | undefined;
  search: string;
  setSearch: (search: string) => void;
  selected: SearchOption | null;
  setSelected: (option: SearchOption | null) => void;
}

/** The search state of one SearchSelect; `initialLabel` names the current value before any search. */
export function useSearchSelect(value: string | null, initialLabel?: string): SearchState {
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<SearchOption | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const [debounced] = useDebouncedValue(search, 250);
  // Typing searches; the chosen option's own label in the box is not a search.
  const q = debounced.trim() && debounced !== selected?.label ? debounced.trim() : undefined;
  return { q, search, setSearch, selected, setSelected };
}

interface Props<T> {
  state: SearchState;
  /** This search's results from the server; the chosen option stays listed when it is not among them. */
  items: T[] | undefined;
  toOption: (item: T) => SearchOption;
  fetching: boolean;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  placeholder: string;
  description?: string;
  error?: string;
  required?: boolean;
}

/** A clearable Select whose options come from a server search of what is typed (see useSearchSelect). */
export function SearchSelect<T>({ state, items, toOption, fetching, value, onChange, ...field }: Props<T>) {
  const t = useT();
  const { selected, setSelected } = state;
  const data = useMemo(() => {
    const options = (items ?? []).map(toOption);
    if (value && selected?.value === value && !options.some((o) => o.value === value))
      options.unshift(selected);
    return options;
  }, [items, toOption, value, selected]);
  return (
    <Select
      {...field}
      data={data}
      value={value}
      onChange={(id, option) => {
        setSelected(id ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      searchable
      searchValue={state.search}
      onSearchChange={state.setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={fetching ? t('common.loading') : t('common.noResults')}
      clearable
    />
  );
}
