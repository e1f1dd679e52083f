import type { LetterForm, OutgoingStatus } from '@contracts/outgoing.contract.ts';
import { Badge } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

const statusColor: Record<OutgoingStatus, string> = {
  draft: 'gray',
  'in-review': 'yellow',
  'awaiting-signature': 'orange',
  signed: 'teal',
  dispatched: 'saraban',
  cancelled: 'red',
};

/** ร่าง / ระหว่างตรวจ / รอลงนาม / ลงนามแล้ว / ส่งแล้ว / ยกเลิก. */
export function OutgoingStatusBadge({ status }: { status: OutgoingStatus }) {
  const t = useT();
  return (
    <Badge color={statusColor[status]} variant="light" radius="sm">
      {t(`outgoing.status.${status}`)}
    </Badge>
  );
}

/** The regulation's form: หนังสือภายนอก, บันทึกข้อความ, หนังสือประทับตรา, คำสั่ง, ประกาศ. */
export function FormBadge({ form }: { form: LetterForm }) {
  const t = useT();
  return (
    <Badge color="gray" variant="outline" radius="sm">
      {t(`outgoing.form.${form}`)}
    </Badge>
  );
}
