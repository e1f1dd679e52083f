import type { RegisterNumber } from '@contracts/registers.contract.ts';
import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

const colors: Record<RegisterNumber['status'], string> = {
  issued: 'teal',
  reserved: 'yellow',
  bound: 'saraban',
  cancelled: 'red',
};

/** ออกเลขแล้ว / จองไว้ / ผูกกับหนังสือ / ยกเลิก. */
export function NumberStatusBadge({ status }: { status: RegisterNumber['status'] }) {
  const t = useT();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`numbers.status.${status}`)}
    </Badge>
  );
}
