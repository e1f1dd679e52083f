import type { User } from '@contracts/directory.contract.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { SearchSelect, useSearchSelect } from '@/ui/SearchSelect.tsx';
import { useUsers } from './users.ts';

const userOption = (u: User) => ({ value: u.id, label: `${u.displayName} (${u.username})` });

/** Picks a user account by typing part of the name or username. */
export function UserPicker({
  label,
  value,
  onChange,
  placeholder,
  error,
  required,
  initialLabel,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Shown while nothing is chosen: "ทั้งหมด" unless told. */
  placeholder?: string;
  error?: string;
  required?: boolean;
  /** The name of the user chosen before any search. */
  initialLabel?: string;
}) {
  const t = useT();
  const search = useSearchSelect(value, initialLabel);
  const users = useUsers({ q: search.q, offset: 0, limit: 20 });
  return (
    <SearchSelect
      state={search}
      items={users.data?.items}
      toOption={userOption}
      fetching={users.isFetching}
      label={label}
      value={value}
      onChange={onChange}
      placeholder={placeholder ?? t('common.all')}
      // Listing users takes admin.users, .signatures, .logs or .view-history: without any, the list says why
      // it is empty instead of showing nothing.
      error={error ?? (users.isError ? users.error.message : undefined)}
      required={required}
    />
  );
}
