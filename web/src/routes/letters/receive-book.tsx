import { ReceiveBookScreen } from '@/features/letters/ReceiveBookScreen.tsx';

/** /letters/receive-book — ทะเบียนหนังสือรับ of the clerk's units. */
export default function ReceiveBookPage() {
  return <ReceiveBookScreen />;
}
