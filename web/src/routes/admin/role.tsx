import { Container, Paper } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { RoleForm } from '@/features/roles/RoleForm.tsx';
import { useRoles } from '@/features/roles/roles.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /admin/roles/new and /admin/roles/:id — name a role and tick its permissions. */
export default function RolePage() {
  const t = useT();
  const navigate = useNavigate();
  const { id } = useParams();
  const roles = useRoles();
  const back = { to: '/admin/roles', label: t('roles.title') };
  const done = () => navigate('/admin/roles');
  if (!id) {
    return (
      <Container size="md" px={0}>
        <PageHeader title={t('roles.add')} back={back} />
        <Paper withBorder radius="md" p="md">
          <RoleForm onSaved={done} />
        </Paper>
      </Container>
    );
  }
  return (
    <Container size="md" px={0}>
      <QueryState query={roles}>
        {(list) => {
          const role = list.find((r) => r.id === id);
          if (!role) return <EmptyState title={t('common.notFound')} />;
          return (
            <>
              <PageHeader title={t('roles.edit')} subtitle={role.nameTh} back={back} />
              <Paper withBorder radius="md" p="md">
                <RoleForm key={role.id} role={role} onSaved={done} />
              </Paper>
            </>
          );
        }}
      </QueryState>
    </Container>
  );
}
