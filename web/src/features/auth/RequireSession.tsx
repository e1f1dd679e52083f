import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { LoadingState } from '@/ui/LoadingState.tsx';
import { useSession } from './session.ts';

/**
 * Lets signed-in agency users through; sends others to /login (remembering where they were going)
 * and users who must change their password to /account/password first.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return (
      <Navigate to={`/login${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />
    );
  }
  if (session.data.user.mustChangePassword && location.pathname !== '/account/password') {
    return <Navigate to="/account/password" replace />;
  }
  return <>{children}</>;
}
