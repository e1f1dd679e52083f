import { VerifyScreen } from '@/features/verify/VerifyScreen.tsx';

/** /verify — ตรวจสอบลายมือชื่อ of an uploaded PDF, for every signed-in user. */
export default function VerifyPage() {
  return <VerifyScreen />;
}
