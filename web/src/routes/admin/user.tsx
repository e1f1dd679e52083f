import { Container, Paper, Stack, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Perm } from '@/features/auth/permissions.ts';
import { useCan } from '@/features/auth/session.ts';
import { useOrgUnits } from '@/features/org-units/org-units.ts';
import { CreateUserForm } from '@/features/users/CreateUserForm.tsx';
import { EditUserForm } from '@/features/users/EditUserForm.tsx';
import { UserDetails } from '@/features/users/UserDetails.tsx';
import { QuotaLine } from '@/features/users/QuotaLine.tsx';
import { UserSignatureImport } from '@/features/users/UserSignatureImport.tsx';
import { useDeleteUser, useUser } from '@/features/users/users.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/**
 * /admin/users/new and /admin/users/:id — the user form with its role assignments, and นำเข้าลายเซ็น. The
 * administrator of signatures without admin.users sees the user read-only, with นำเข้าลายเซ็น.
 */
export default function UserPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const user = useUser(id);
  const remove = useDeleteUser();
  const canManage = useCan(Perm.Users);
  const canSignatures = useCan(Perm.Signatures);
  const units = useOrgUnits();
  const unitName = useCallback(
    (unitId: string) => units.data?.find((u) => u.id === unitId)?.nameTh ?? '',
    [units.data],
  );
  const back = { to: '/admin/users', label: t('users.title') };

  return (
    <Container size="md" px={0}>
      {!id ? (
        <Stack>
          <PageHeader title={t('users.add')} back={back} />
          <QuotaLine />
          <Paper withBorder radius="md" p="md">
            <CreateUserForm
              unitName={unitName}
              onCreated={(u) => navigate(`/admin/users/${u.id}`, { replace: true })}
            />
          </Paper>
        </Stack>
      ) : (
        <QueryState query={user}>
          {(u) => (
            <Stack>
              <PageHeader
                title={u.displayName}
                subtitle={u.username}
                back={back}
                actions={
                  canManage && (
                    <ConfirmButton
                      message={t('common.deleteConfirm', { name: `${u.displayName} (${u.username})` })}
                      confirmLabel={t('users.deleteUser')}
                      onConfirm={async () => {
                        await remove.mutateAsync(u.id);
                        navigate('/admin/users');
                      }}
                    >
                      {t('users.deleteUser')}
                    </ConfirmButton>
                  )
                }
              />
              {canManage && <QuotaLine />}
              <Paper withBorder radius="md" p="md">
                {canManage ? (
                  <EditUserForm key={u.id} user={u} unitName={unitName} />
                ) : (
                  <UserDetails user={u} />
                )}
              </Paper>
              {canSignatures && (
                <Paper withBorder radius="md" p="md" component="section" aria-label={t('users.signature')}>
                  <Title order={3} size="h5" mb="sm">
                    {t('users.signature')}
                  </Title>
                  <UserSignatureImport key={u.id} userId={u.id} name={u.displayName} />
                </Paper>
              )}
            </Stack>
          )}
        </QueryState>
      )}
    </Container>
  );
}
