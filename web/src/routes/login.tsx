import { Anchor, Center } from '@mantine/core';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '@/features/auth/LoginForm.tsx';
import { useSession } from '@/features/auth/session.ts';
import { AuthLayout } from '@/features/shell/AuthLayout.tsx';
import { useT } from '@/lib/i18n/index.tsx';

/** Only same-site paths may be a post-login destination. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** /login — agency users sign in. */
export default function LoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNext(params.get('next'));
  if (session.data)
    return <Navigate to={session.data.user.mustChangePassword ? '/account/password' : next} replace />;
  return (
    <AuthLayout
      title={t('login.title')}
      footer={
        <Center>
          <Anchor component={Link} to="/operator/login" size="sm" c="dimmed">
            {t('login.operatorLink')}
          </Anchor>
        </Center>
      }
    >
      <LoginForm
        onLoggedIn={(s) =>
          navigate(s.user.mustChangePassword ? '/account/password' : next, { replace: true })
        }
      />
    </AuthLayout>
  );
}
