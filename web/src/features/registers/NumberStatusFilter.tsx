import { NumberStatus } from '@contracts/registers.contract.ts';
import { NativeSelect } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** Filters numbers by status: all, or one of ออกเลขแล้ว / จองไว้ / ผูกกับหนังสือ / ยกเลิก ('' is all). */
export function NumberStatusFilter({
  label,
  value,
  onChange,
  maw,
}: {
  label: string;
  value: string;
  onChange: (status: string) => void;
  maw?: number;
}) {
  const t = useT();
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[
        { value: '', label: t('common.all') },
        ...NumberStatus.options.map((s) => ({ value: s, label: t(`numbers.status.${s}`) })),
      ]}
      maw={maw}
    />
  );
}
