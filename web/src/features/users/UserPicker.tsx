import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { useUsers } from './users.ts';

/** Picks a user account by typing part of the name or username. */
export function UserPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  const q = debounced.trim() && debounced !== selected?.label ? debounced.trim() : undefined;
  const users = useUsers({ q, offset: 0, limit: 20 });
  const data = useMemo(() => {
    const items = (users.data?.items ?? []).map((u) => ({
      value: u.id,
      label: `${u.displayName} (${u.username})`,
    }));
    if (value && selected?.value === value && !items.some((i) => i.value === value)) items.unshift(selected);
    return items;
  }, [users.data, value, selected]);
  return (
    <Select
      label={label}
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
      clearable
      placeholder={t('common.all')}
      nothingFoundMessage={users.isFetching ? t('common.loading') : t('common.noResults')}
    />
  );
}
