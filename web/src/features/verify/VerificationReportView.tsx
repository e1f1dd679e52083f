import type { SignatureReport, VerificationIssue, VerificationReport } from '@contracts/signing.contract.ts';
import { Alert, Badge, Box, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { dnName } from '@/features/certificates/dn.ts';
import { type Translate, useI18n } from '@/lib/i18n/index.tsx';
import { type Digits, formatLetterDateTime } from '@/features/letters/thai-format.ts';
import { IconAlert, IconCheck, IconX } from '@/ui/icons.tsx';
import { InfoList } from '@/ui/InfoList.tsx';
import { issueSentence, technicalDetails } from './verification-issues.ts';

/** A pass or fail line: a green tick or a red cross, then the words (the colour is never the only sign). */
function Check({ ok, text }: { ok: boolean; text: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <ThemeIcon size={20} radius="xl" color={ok ? 'teal' : 'red'} variant="light" style={{ flexShrink: 0 }}>
        {ok ? <IconCheck size={13} /> : <IconX size={13} />}
      </ThemeIcon>
      <Text size="sm" c={ok ? undefined : 'red.8'} fw={ok ? undefined : 600}>
        {text}
      </Text>
    </Group>
  );
}

/** Nothing unsigned came after the signature and its value verifies. */
export const unchanged = (s: SignatureReport) => s.intact && s.laterChanges !== 'unsigned';

function trustText(s: SignatureReport, t: Translate): string {
  if (s.trusted) return t('verify.trusted');
  return s.trustProblem ? t(`verify.trust.${s.trustProblem}`) : t('verify.trust.unknown');
}

/** The time-stamp authority's name and whether it is trusted; an untrusted one's time is not relied on. */
function TimeStampAuthority({ s, t }: { s: SignatureReport; t: Translate }) {
  return (
    <>
      {s.timeStampAuthority}{' '}
      {s.timeStampTrusted !== null && (
        <Badge variant="light" tt="none" color={s.timeStampTrusted ? 'teal' : 'orange'}>
          {t(
            s.timeStampTrusted ? 'verify.timeStampAuthority.trusted' : 'verify.timeStampAuthority.untrusted',
          )}
        </Badge>
      )}
      {s.timeStampTrusted === false && (
        <Text span size="xs" c="dimmed" display="block">
          {t('verify.timeStampAuthority.untrustedHint')}
        </Text>
      )}
    </>
  );
}

function SignatureCard({
  signature: s,
  issues,
  t,
  dateTime,
}: {
  signature: SignatureReport;
  /** The report's issues about this signature. */
  issues: VerificationIssue[];
  t: Translate;
  dateTime: (value: string | null) => string;
}) {
  // `index` counts from 1 in signing order, as the server's issues and the CLI say it.
  const title = t('verify.signatureN', { n: s.index });
  const cert = s.certificate;
  const badTimeStamp = issues.some((i) => i.code === 'TIMESTAMP_INVALID');
  const allOk =
    issues.length === 0 &&
    unchanged(s) &&
    s.trusted &&
    (s.watermark === 'valid' || s.watermark === 'not-checked');
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={title}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Group gap="xs">
          <ThemeIcon size={24} radius="xl" color={allOk ? 'teal' : 'red'} variant="filled">
            {allOk ? <IconCheck size={15} /> : <IconX size={15} />}
          </ThemeIcon>
          <Title order={4} size="h5">
            {title}
          </Title>
        </Group>
        {s.kind !== 'unknown' && (
          <Badge variant="light" tt="none" color={s.kind === 'seal' ? 'grape' : 'saraban'}>
            {t(`verify.kind.${s.kind}`)}
          </Badge>
        )}
      </Group>
      <InfoList
        items={[
          { label: t('verify.signer'), value: s.signerName || t('common.none') },
          { label: t('verify.capacity'), value: s.capacity },
          { label: t('verify.kind'), value: t(`verify.kind.${s.kind}`) },
          {
            label: t('verify.signedAt'),
            value: dateTime(s.signingTime) || t('common.none'),
          },
          { label: t('verify.timeStamp'), value: dateTime(s.timeStampTime) },
          {
            label: t('verify.timeStampAuthority'),
            value: s.timeStampAuthority && <TimeStampAuthority s={s} t={t} />,
          },
          {
            label: t('verify.certificate'),
            value: cert ? (
              <>
                {cert.commonName}
                <Text span size="sm" c="dimmed" display="block">
                  {t('verify.issuedBy', { issuer: dnName(cert.issuer) })}
                </Text>
              </>
            ) : (
              t('verify.noCertificate')
            ),
          },
          { label: t('verify.level'), value: s.level === 'none' ? null : t(`verify.level.${s.level}`) },
        ]}
      />
      <Stack gap={6} mt="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Check ok={unchanged(s)} text={unchanged(s) ? t('verify.intact') : t('verify.changed')} />
        {s.laterChanges === 'signed' && (
          <Text size="xs" c="dimmed" pl={26}>
            {t('verify.laterSigned')}
          </Text>
        )}
        {badTimeStamp && <Check ok={false} text={t('verify.timeStamp.invalid')} />}
        <Check ok={s.trusted} text={trustText(s, t)} />
        {s.watermark !== 'not-checked' && (
          <Check
            ok={s.watermark === 'valid'}
            text={`${t('verify.watermark')}: ${
              s.watermark === 'valid' ? t('verify.watermark.valid') : t('verify.watermark.invalid')
            }`}
          />
        )}
      </Stack>
    </Card>
  );
}

/** รายละเอียดทางเทคนิค: the server's English sentences, folded away for whoever needs them (support, logs). */
function TechnicalDetails({ lines, t }: { lines: string[]; t: Translate }) {
  if (lines.length === 0) return null;
  return (
    <Box component="details" fz="sm">
      <Box component="summary" c="dimmed" style={{ cursor: 'pointer' }}>
        {t('verify.technical')}
      </Box>
      <List size="xs" spacing={2} mt={4} lang="en" style={{ overflowWrap: 'anywhere' }}>
        {lines.map((p) => (
          <List.Item key={p}>{p}</List.Item>
        ))}
      </List>
    </Box>
  );
}

/**
 * The result of checking a PDF's signatures, as in the deck: a green or red banner for the whole document
 * with one sentence per issue in the UI language (the server's English detail folded under it), then one
 * card per signature (who, in what capacity, what kind, when, the certificate and time-stamp authority, and
 * whether the document, the certificate and the signature image hold up). Used in the app and on the
 * public QR page.
 */
export function VerificationReportView({ report, digits }: { report: VerificationReport; digits: Digits }) {
  const { t, lang } = useI18n();
  const dateTime = (v: string | null) => formatLetterDateTime(v, lang, digits, t('letters.at'));
  const none = report.signatureCount === 0;
  const ok = report.valid && !none;
  // "No signature" is already the banner's title.
  const issues = report.issues.filter((i) => !(none && i.code === 'NO_SIGNATURE'));
  return (
    <Stack gap="sm">
      <Alert
        color={ok ? 'teal' : 'red'}
        variant="light"
        icon={ok ? <IconCheck size={20} /> : <IconAlert size={20} />}
        title={ok ? t('verify.valid') : none ? t('verify.noSignatures') : t('verify.invalid')}
        role="status"
      >
        <Stack gap={6}>
          {!none && <Text size="sm">{t('verify.signatureCount', { count: report.signatureCount })}</Text>}
          {issues.length > 0 && (
            <List size="sm" spacing={4}>
              {issues.map((i) => (
                <List.Item key={`${i.code}:${i.signature}`} fw={600}>
                  {issueSentence(i, t)}
                </List.Item>
              ))}
            </List>
          )}
          <TechnicalDetails lines={technicalDetails(report)} t={t} />
        </Stack>
      </Alert>
      {report.signatures.map((s) => (
        <SignatureCard
          key={`${s.index}:${s.fieldName}`}
          signature={s}
          issues={report.issues.filter((i) => i.signature === s.index)}
          t={t}
          dateTime={dateTime}
        />
      ))}
      {report.sha256 && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('verify.fileSha256')}:{' '}
          <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{report.sha256}</span>
        </Text>
      )}
    </Stack>
  );
}
