import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { buildTree, flattenTree, useOrgUnits } from './org-units.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  required?: boolean;
  clearable?: boolean;
  placeholder?: string;
  exclude?: string;
  description?: string;
}

/** Picks an org unit; the list is indented by depth so the structure is visible. */
export function OrgUnitSelect({
  label,
  value,
  onChange,
  error,
  required,
  clearable,
  placeholder,
  exclude,
  description,
}: Props) {
  const t = useT();
  const units = useOrgUnits();
  const data = useMemo(
    () =>
      flattenTree(buildTree(units.data ?? []))
        .filter((u) => u.id !== exclude)
        .map((u) => ({ value: u.id, label: `${'\u00a0\u00a0'.repeat(u.depth)}${u.nameTh}` })),
    [units.data, exclude],
  );
  return (
    <Select
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      clearable={clearable}
      allowDeselect={false}
      searchable
      placeholder={placeholder ?? t('common.chooseUnit')}
      nothingFoundMessage={t('common.noResults')}
      disabled={units.isPending}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
