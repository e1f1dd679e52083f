import type { SignatureReport, VerificationReport } from '@contracts/signing.contract.ts';
import { Alert, Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { dnName } from '@/features/certificates/dn.ts';
import { type Lang, type Translate, useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { IconAlert, IconCheck, IconX } from '@/ui/icons.tsx';
import { InfoList } from '@/ui/InfoList.tsx';

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

function SignatureCard({ signature: s, t, lang }: { signature: SignatureReport; t: Translate; lang: Lang }) {
  // `index` counts from 1 in signing order, as the server's problems and the CLI say it.
  const title = t('verify.signatureN', { n: s.index });
  const cert = s.certificate;
  const allOk = unchanged(s) && s.trusted && (s.watermark === 'valid' || s.watermark === 'not-checked');
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
            value: formatThaiDateTime(s.signingTime, lang) || t('common.none'),
          },
          { label: t('verify.timeStamp'), value: formatThaiDateTime(s.timeStampTime, lang) },
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
      {s.problem && (
        <Text size="sm" c="red.8" mt="xs" role="note">
          {s.problem}
        </Text>
      )}
    </Card>
  );
}

/**
 * The result of checking a PDF's signatures, as in the deck: a green or red banner for the whole document,
 * then one card per signature (who, in what capacity, what kind, when, the certificate, and whether the
 * document, the certificate and the signature image hold up). Used in the app and on the public QR page.
 */
export function VerificationReportView({ report }: { report: VerificationReport }) {
  const { t, lang } = useI18n();
  const none = report.signatureCount === 0;
  const ok = report.valid && !none;
  return (
    <Stack gap="sm">
      <Alert
        color={ok ? 'teal' : 'red'}
        variant="light"
        icon={ok ? <IconCheck size={20} /> : <IconAlert size={20} />}
        title={ok ? t('verify.valid') : none ? t('verify.noSignatures') : t('verify.invalid')}
        role="status"
      >
        <Stack gap={4}>
          {!none && <Text size="sm">{t('verify.signatureCount', { count: report.signatureCount })}</Text>}
          {report.modifiedAfterLastSignature && (
            <Text size="sm" fw={600}>
              {t('verify.modifiedAfterLast')}
            </Text>
          )}
          {report.problems.length > 0 && (
            <List size="sm" spacing={2}>
              {report.problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Alert>
      {report.signatures.map((s) => (
        <SignatureCard key={`${s.index}:${s.fieldName}`} signature={s} t={t} lang={lang} />
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
