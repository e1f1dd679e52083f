import { useParams } from 'react-router';
import { PublicVerificationView } from '@/features/verify/PublicVerificationView.tsx';

/** /v/:code — the public page a signed letter's QR code opens; no log-in. */
export default function PublicVerifyPage() {
  const { code = '' } = useParams();
  return <PublicVerificationView code={code} />;
}
