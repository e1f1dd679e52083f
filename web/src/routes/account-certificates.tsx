import { Container } from '@mantine/core';
import { MyCertificates } from '@/features/certificates/MyCertificates.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /account/certificates — ใบรับรองของฉัน: the user's certificates and importing a .p12. */
export default function AccountCertificatesPage() {
  const t = useT();
  return (
    <Container size="md" px={0}>
      <PageHeader
        title={t('certs.mine')}
        subtitle={t('certs.mineHint')}
        back={{ to: '/account', label: t('account.title') }}
      />
      <MyCertificates />
    </Container>
  );
}
