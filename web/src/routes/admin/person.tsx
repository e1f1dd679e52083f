import { Container, Group, Paper } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { PersonForm } from '@/features/people/PersonForm.tsx';
import { useDeletePerson, usePerson } from '@/features/people/people.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useToast } from '@/ui/toast.tsx';

/** /admin/people/new and /admin/people/:id — the บันทึกบุคลากร form. */
export default function PersonPage() {
  const t = useT();
  const notify = useToast();
  const navigate = useNavigate();
  const { id } = useParams();
  const person = usePerson(id);
  const remove = useDeletePerson();
  const back = { to: '/admin/people', label: t('people.title') };
  const onSaved = () => {
    notify(t('people.saved'));
    navigate('/admin/people');
  };

  return (
    <Container size="md" px={0}>
      {!id ? (
        <>
          <PageHeader title={t('people.formTitle')} subtitle={t('people.add')} back={back} />
          <Paper withBorder radius="md" p="md">
            <PersonForm onSaved={onSaved} />
          </Paper>
        </>
      ) : (
        <QueryState query={person}>
          {(p) => (
            <>
              <PageHeader
                title={t('people.formTitle')}
                subtitle={`${p.title}${p.nameTh}`}
                back={back}
                actions={
                  <Group>
                    <ConfirmButton
                      message={t('common.deleteConfirm', { name: p.nameTh })}
                      confirmLabel={t('common.delete')}
                      onConfirm={async () => {
                        await remove.mutateAsync(p.id);
                        navigate('/admin/people');
                      }}
                    >
                      {t('common.delete')}
                    </ConfirmButton>
                  </Group>
                }
              />
              <Paper withBorder radius="md" p="md">
                <PersonForm key={p.id} person={p} onSaved={onSaved} />
              </Paper>
            </>
          )}
        </QueryState>
      )}
    </Container>
  );
}
