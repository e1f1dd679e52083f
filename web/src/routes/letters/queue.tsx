import { QueueName } from '@contracts/letters.contract.ts';
import { Navigate, useParams } from 'react-router';
import { LetterQueue } from '@/features/letters/LetterQueue.tsx';

/** /inbox/:queue — one queue of incoming letters (รอลงรับ, รอพิจารณา …). */
export default function LetterQueuePage() {
  const parsed = QueueName.safeParse(useParams().queue);
  if (!parsed.success) return <Navigate to="/inbox/all" replace />;
  return <LetterQueue key={parsed.data} queue={parsed.data} />;
}
