import type { Capacity } from '@contracts/directory.contract.ts';
import { NativeSelect } from '@mantine/core';
import type { Translate } from '@/lib/i18n/index.tsx';
import { useT } from '@/lib/i18n/index.tsx';

/** "รักษาราชการแทน ผู้อำนวยการสำนัก", "ปฏิบัติราชการแทน …", "ประธาน คณะ…" or the position itself. */
export function capacityLabel(c: Capacity, t: Translate): string {
  if (c.kind === 'acting') return `${t('appointments.kind.acting')} ${c.positionTitle}`;
  if (c.kind === 'delegated') return `${t('appointments.kind.delegated')} ${c.positionTitle}`;
  if (c.kind === 'committee' && c.committeeRole)
    return `${t(`appointments.role.${c.committeeRole}`)} ${c.positionTitle}`;
  return c.positionTitle;
}

/** The capacity to preselect: one's own position first, else the first held. */
export function defaultCapacity(capacities: Capacity[]): string {
  return (capacities.find((c) => c.kind === 'regular') ?? capacities[0])?.appointmentId ?? '';
}

/** ตำแหน่งการลงนาม: the positions held today, or '' to sign in one's own name. */
export function CapacitySelect({
  capacities,
  value,
  onChange,
  error,
}: {
  capacities: Capacity[];
  value: string;
  onChange: (appointmentId: string) => void;
  error?: string;
}) {
  const t = useT();
  return (
    <NativeSelect
      label={t('letters.signingCapacity')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      size="md"
      data={[
        ...capacities.map((c) => ({ value: c.appointmentId, label: capacityLabel(c, t) })),
        { value: '', label: t('letters.ownName') },
      ]}
    />
  );
}
