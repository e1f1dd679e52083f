import { SectionCard } from '@/ui/SectionCard.tsx';
import type { PublicVerification } from '@contracts/signing.contract.ts';
import { Alert, Box, Container, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { LanguageToggle } from '@/features/shell/LanguageToggle.tsx';
import { useI18n } from '@/lib/i18n/index.tsx';
import { type Digits, formatLetterDateTime, withDigits } from '@/features/letters/thai-format.ts';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { IconAlert, IconCheck, IconMail } from '@/ui/icons.tsx';
import { InfoList } from '@/ui/InfoList.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { PdfCheckForm } from './PdfCheckForm.tsx';
import { VerificationReportView } from './VerificationReportView.tsx';
import { usePublicVerification, useVerifyPublicCopy } from './verify.ts';

/** The letter as the agency issued it: only what its secrecy allows. */
function LetterFacts({ data }: { data: PublicVerification }) {
  const { t, lang } = useI18n();
  const digits: Digits = lang === 'th' ? data.digits : 'arabic';
  return (
    <SectionCard order={2} title={data.agency || t('verify.public.letter')}>
      <InfoList
        items={[
          { label: t('verify.public.number'), value: data.number || t('common.none') },
          {
            label: t('verify.public.date'),
            value: withDigits(formatThaiDate(data.letterDate, lang, 'long'), digits) || t('common.none'),
          },
          {
            label: t('verify.public.subject'),
            value: data.secret ? (
              <Text span size="sm" fs="italic">
                {t('verify.public.secret')}
              </Text>
            ) : (
              data.subject || t('common.none')
            ),
          },
          { label: t('verify.signer'), value: data.signerName },
          { label: t('verify.public.position'), value: data.signerPosition },
          { label: t('verify.capacity'), value: data.signerCapacity },
          {
            label: t('verify.public.signedAt'),
            value: formatLetterDateTime(data.signedAt, lang, digits, t('letters.at')),
          },
        ]}
      />
    </SectionCard>
  );
}

/** ตรวจสอบไฟล์ที่ท่านมี: the visitor's copy, its report and whether it is the copy the agency issued. */
function CheckYourCopy({ code, digits }: { code: string; digits: Digits }) {
  const { t } = useI18n();
  const check = useVerifyPublicCopy(code);
  const same = check.data?.sameAsIssued;
  return (
    <SectionCard order={2} title={t('verify.public.yourCopy')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('verify.public.yourCopyHint')}
        </Text>
        <PdfCheckForm
          label={t('verify.pdf')}
          onCheck={(file) => check.mutate(file)}
          onPick={() => check.reset()}
          pending={check.isPending}
          progress={check.progress}
          error={check.error}
        />
        {check.data && (
          <Stack gap="sm" aria-live="polite">
            {same !== null && same !== undefined && (
              <Alert
                color={same ? 'teal' : 'orange'}
                variant="filled"
                icon={same ? <IconCheck size={20} /> : <IconAlert size={20} />}
                title={same ? t('verify.public.same') : t('verify.public.notSame')}
              >
                {same ? t('verify.public.sameHint') : t('verify.public.notSameHint')}
              </Alert>
            )}
            <VerificationReportView report={check.data.report} digits={digits} />
          </Stack>
        )}
      </Stack>
    </SectionCard>
  );
}

/**
 * The page a signed letter's QR code opens, for anyone without logging in: the letter (as much as its
 * secrecy allows), the report of the copy the agency keeps, and a check of the visitor's own copy.
 */
export function PublicVerificationView({ code }: { code: string }) {
  const { t, lang } = useI18n();
  // The agency's digits in Thai; Arabic in English.
  const shownDigits = (data: PublicVerification): Digits => (lang === 'th' ? data.digits : 'arabic');
  const verification = usePublicVerification(code);
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)">
      <Box component="header" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group h={56} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon size={32} radius="md">
              <IconMail size={20} />
            </ThemeIcon>
            <Text fw={700} truncate>
              {t('app.name')}
            </Text>
          </Group>
          <LanguageToggle />
        </Group>
      </Box>
      <Container size="sm" px="md" py="lg" component="main">
        <Stack>
          <div>
            <Title order={1} size="h3">
              {t('verify.public.title')}
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('verify.public.code', { code })}
            </Text>
          </div>
          <QueryState query={verification}>
            {(data) => (
              <Stack>
                <LetterFacts data={data} />
                <SectionCard order={2} title={t('verify.public.issuedCopy')}>
                  <VerificationReportView report={data.report} digits={shownDigits(data)} />
                </SectionCard>
                <CheckYourCopy code={code} digits={shownDigits(data)} />
              </Stack>
            )}
          </QueryState>
        </Stack>
      </Container>
    </Box>
  );
}
