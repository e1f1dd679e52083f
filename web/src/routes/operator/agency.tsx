import { Container } from '@mantine/core';
import { useParams } from 'react-router';
import { EditAgencyForm } from '@/features/operator/EditAgencyForm.tsx';
import { useTenant } from '@/features/operator/tenants.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /operator/agencies/:id — edit an agency, its quota and status. */
export default function AgencyPage() {
  const t = useT();
  const { id = '' } = useParams();
  const tenant = useTenant(id);
  return (
    <Container size="sm" px={0}>
      <PageHeader
        title={tenant.data?.nameTh ?? t('operator.editAgency')}
        back={{ to: '/operator', label: t('operator.agencies') }}
      />
      <QueryState query={tenant}>{(data) => <EditAgencyForm key={data.id} tenant={data} />}</QueryState>
    </Container>
  );
}
