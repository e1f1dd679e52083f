import type { ReactNode } from 'react';
import { Container, Paper, Stack, Title } from '@mantine/core';
import { ApiTokensSection } from '@/features/account/ApiTokensSection.tsx';
import { ChangePasswordForm } from '@/features/account/ChangePasswordForm.tsx';
import { SignatureSection } from '@/features/account/SignatureSection.tsx';
import { TotpSection } from '@/features/account/TotpSection.tsx';
import { MyCertificatesSummary } from '@/features/certificates/MyCertificates.tsx';
import { useCurrentSession } from '@/features/auth/session.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

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
        <Section title={t('account.password')}>
          <ChangePasswordForm />
        </Section>
        <Section title={t('account.totp')}>
          <TotpSection enabled={session.user.totpEnabled} />
        </Section>
        <Section title={t('account.signature')}>
          <SignatureSection />
        </Section>
        <Section title={t('certs.mine')}>
          <MyCertificatesSummary />
        </Section>
        <Section title={t('account.tokens')}>
          <ApiTokensSection />
        </Section>
      </Stack>
    </Container>
  );
}
