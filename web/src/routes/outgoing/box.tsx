import { OutgoingBox } from '@contracts/outgoing.contract.ts';
import { Navigate, useParams } from 'react-router';
import { boxPath } from '@/features/outgoing/boxes.ts';
import { OutgoingBoxList } from '@/features/outgoing/OutgoingBoxList.tsx';

/** /outbox/:box — one box of outgoing letters (ร่างของฉัน, รอตรวจ, รอลงนาม, ส่งแล้ว, ทั้งหมด). */
export default function OutgoingBoxPage() {
  const parsed = OutgoingBox.safeParse(useParams().box);
  if (!parsed.success) return <Navigate to={boxPath('all')} replace />;
  return <OutgoingBoxList key={parsed.data} box={parsed.data} />;
}
