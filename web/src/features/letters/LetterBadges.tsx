import type { LetterStatus, Secrecy, Urgency } from '@contracts/letters.contract.ts';
import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** ด่วน / ด่วนมาก / ด่วนที่สุด in red (the most urgent filled); nothing for ปกติ unless `showNormal`. */
export function UrgencyBadge({ urgency, showNormal = false }: { urgency: Urgency; showNormal?: boolean }) {
  const t = useT();
  if (urgency === 'normal' && !showNormal) return null;
  return (
    <Badge
      color={urgency === 'normal' ? 'gray' : 'red'}
      variant={urgency === 'most-urgent' ? 'filled' : 'light'}
      radius="sm"
    >
      {t(`letters.urgency.${urgency}`)}
    </Badge>
  );
}

/** ลับ / ลับมาก / ลับที่สุด; nothing for ปกติ unless `showNone`. */
export function SecrecyBadge({ secrecy, showNone = false }: { secrecy: Secrecy; showNone?: boolean }) {
  const t = useT();
  if (secrecy === 'none' && !showNone) return null;
  return (
    <Badge
      color={secrecy === 'none' ? 'gray' : 'grape'}
      variant={secrecy === 'top-secret' ? 'filled' : 'light'}
      radius="sm"
    >
      {t(`letters.secrecy.${secrecy}`)}
    </Badge>
  );
}

/** ปิดงานแล้ว / ยกเลิก; nothing for an active letter unless `showActive`. */
export function LetterStatusBadge({
  status,
  showActive = false,
}: {
  status: LetterStatus;
  showActive?: boolean;
}) {
  const t = useT();
  if (status === 'active' && !showActive) return null;
  const color = status === 'active' ? 'teal' : status === 'closed' ? 'gray' : 'red';
  return (
    <Badge color={color} variant="outline" radius="sm">
      {t(`letters.status.${status}`)}
    </Badge>
  );
}
