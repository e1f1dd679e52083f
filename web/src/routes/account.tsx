import { SectionCard } from '@/ui/SectionCard.tsx';
import { Container, Stack } from '@mantine/core';
import { ApiTokensSection } from '@/features/account/ApiTokensSection.tsx';
import { ChangePasswordForm } from '@/features/account/ChangePasswordForm.tsx';
import { SignatureSection } from '@/features/account/SignatureSection.tsx';
import { TotpSection } from '@/features/account/TotpSection.tsx';
import { MyCertificatesSummary } from '@/features/certificates/MyCertificates.tsx';
import { useCurrentSession } from '@/features/auth/session.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /account — password, two-step verification, signature, certificates, API tokens. */
export default function AccountPage() {
  const t = useT();
  const session = useCurrentSession();
  return (
    <Container size="md" px={0}>
      <PageHeader
        title={t('account.title')}
        subtitle={`${session.user.displayName} (${session.user.username})`}
      />
      <Stack>
        <SectionCard title={t('account.password')}>
          <ChangePasswordForm />
        </SectionCard>
        <SectionCard title={t('account.totp')}>
          <TotpSection enabled={session.user.totpEnabled} />
        </SectionCard>
        <SectionCard title={t('account.signature')}>
          <SignatureSection />
        </SectionCard>
        <SectionCard title={t('certs.mine')}>
          <MyCertificatesSummary />
        </SectionCard>
        <SectionCard title={t('account.tokens')}>
          <ApiTokensSection />
        </SectionCard>
      </Stack>
    </Container>
  );
}
