import { useCurrentSession } from '@/features/auth/session.ts';
import { Welcome } from '@/features/home/Welcome.tsx';

/** / — the agency user's home. */
export default function HomePage() {
  return <Welcome session={useCurrentSession()} />;
}
