import { Anchor, Center } from '@mantine/core';
import { Link, Navigate, useNavigate } from 'react-router';
import { OperatorLoginForm } from '@/features/operator/OperatorLoginForm.tsx';
import { useOperatorSession } from '@/features/operator/operator-session.ts';
import { AuthLayout } from '@/features/shell/AuthLayout.tsx';
import { useT } from '@/lib/i18n/index.tsx';

/** /operator/login — the service operator signs in. */
export default function OperatorLoginPage() {
  const t = useT();
  const navigate = useNavigate();
  const session = useOperatorSession();
  if (session.data) return <Navigate to="/operator" replace />;
  return (
    <AuthLayout
      title={t('login.operatorTitle')}
      footer={
        <Center>
          <Anchor component={Link} to="/login" size="sm" c="dimmed">
            {t('login.agencyLink')}
          </Anchor>
        </Center>
      }
    >
      <OperatorLoginForm onLoggedIn={() => navigate('/operator', { replace: true })} />
    </AuthLayout>
  );
}
