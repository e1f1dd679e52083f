import { Alert, Container, Paper } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '@/features/account/ChangePasswordForm.tsx';
import { useCurrentSession } from '@/features/auth/session.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /account/password — where users who must change their password are sent after log-in. */
export default function ChangePasswordPage() {
  const t = useT();
  const navigate = useNavigate();
  const session = useCurrentSession();
  return (
    <Container size="xs" px={0}>
      <PageHeader title={t('account.password')} />
      {session.user.mustChangePassword && (
        <Alert color="yellow" mb="md">
          {t('account.mustChange')}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <ChangePasswordForm onChanged={() => navigate('/', { replace: true })} />
      </Paper>
    </Container>
  );
}
