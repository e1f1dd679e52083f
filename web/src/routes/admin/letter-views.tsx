import { LetterViewLog } from '@/features/letters/LetterViewLog.tsx';

/** /admin/letter-views — ประวัติการเข้าดูหนังสือ. */
export default function LetterViewsPage() {
  return <LetterViewLog />;
}
