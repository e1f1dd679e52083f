import { Container, Paper, Stack, Title } from '@mantine/core';
import { useDigits } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { PdfCheckForm } from './PdfCheckForm.tsx';
import { VerificationReportView } from './VerificationReportView.tsx';
import { useVerifyPdf } from './verify.ts';

/** ตรวจสอบลายมือชื่อ: any signed-in user uploads a PDF and sees whether its signatures hold up. */
export function VerifyScreen() {
  const t = useT();
  const verify = useVerifyPdf();
  const digits = useDigits();
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('verify.title')} subtitle={t('verify.subtitle')} />
      <Stack>
        <Paper withBorder radius="md" p="md">
          <PdfCheckForm
            label={t('verify.pdf')}
            onCheck={(file) => verify.mutate(file)}
            onPick={() => verify.reset()}
            pending={verify.isPending}
            progress={verify.progress}
            error={verify.error}
          />
        </Paper>
        {verify.data && (
          <Stack gap="sm" component="section" aria-label={t('verify.result')}>
            <Title order={3} size="h4">
              {t('verify.result')}
            </Title>
            <VerificationReportView report={verify.data} digits={digits} />
          </Stack>
        )}
      </Stack>
    </Container>
  );
}
