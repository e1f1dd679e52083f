import { Container } from '@mantine/core';
import { CreateAgencyForm } from '@/features/operator/CreateAgencyForm.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /operator/agencies/new — add an agency. */
export default function NewAgencyPage() {
  const t = useT();
  return (
    <Container size="sm" px={0}>
      <PageHeader title={t('operator.addAgency')} back={{ to: '/operator', label: t('operator.agencies') }} />
      <CreateAgencyForm />
    </Container>
  );
}
