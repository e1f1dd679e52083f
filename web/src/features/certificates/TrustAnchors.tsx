import { SectionCard } from '@/ui/SectionCard.tsx';
import { Button, Card, FileButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/api.ts';
import { bytesToBase64 } from '@/lib/files.ts';
import { fieldError, fieldIssue } from '@/lib/forms.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconShield, IconTrash } from '@/ui/icons.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useToast } from '@/ui/toast.tsx';
import { Fingerprint } from './CertificateBits.tsx';
import { useAddTrustAnchor, useDeleteTrustAnchor, useTrustAnchors } from './certificates.ts';
import { dnName } from './dn.ts';

/** A picked certificate file as PEM text: PEM files as they are, DER wrapped in a PEM header. */
async function certificateFileToPem(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('-----BEGIN')) return text.trim();
  const body = (bytesToBase64(bytes).match(/.{1,64}/g) ?? []).join('\n');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`;
}

function AddAnchorForm() {
  const { t } = useI18n();
  const notify = useToast();
  const add = useAddTrustAnchor();
  const [pem, setPem] = useState('');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      if (!pem.trim()) throw fieldIssue('certificate', t('common.required'), t);
      await add.mutateAsync({ certificate: pem.trim() });
      setPem('');
      notify(t('pki.anchorAdded'));
    } catch (caught) {
      setError(caught);
    }
  };
  const certificateError =
    fieldError(error, 'certificate') ??
    (error instanceof ApiError && error.code === 'CERTIFICATE_INVALID' ? error.message : undefined);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('pki.anchorPem')}
          description={t('pki.anchorPemHint')}
          placeholder="-----BEGIN CERTIFICATE-----"
          value={pem}
          onChange={(e) => setPem(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={10}
          required
          error={certificateError}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          spellCheck={false}
          autoCapitalize="none"
        />
        {!certificateError && <ErrorAlert error={error} shownFields={['certificate']} />}
        <Group gap="xs" justify="flex-end">
          <FileButton
            accept=".pem,.crt,.cer,.der,application/x-x509-ca-cert,application/pkix-cert"
            onChange={async (file) => {
              if (!file) return;
              setError(null);
              try {
                setPem(await certificateFileToPem(file));
              } catch {
                setError(fieldIssue('certificate', t('pki.anchorUnreadable'), t));
              }
            }}
          >
            {(props) => (
              <Button {...props} variant="default" h={44}>
                {t('pki.anchorFile')}
              </Button>
            )}
          </FileButton>
          <Button type="submit" h={44} loading={add.isPending}>
            {t('pki.anchorAdd')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * ใบรับรองที่เชื่อถือ: other CAs (besides the agency's own) that signatures may chain to, e.g. a national CA,
 * with add (paste the PEM or pick the file) and remove.
 */
export function TrustAnchors() {
  const { t, lang } = useI18n();
  const notify = useToast();
  const anchors = useTrustAnchors();
  const remove = useDeleteTrustAnchor();
  const title = t('pki.anchors');
  return (
    <SectionCard title={title} hint={t('pki.anchorsHint')}>
      <Stack>
        <QueryState query={anchors}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState icon={<IconShield size={26} />} title={t('pki.anchorsNone')} />
            ) : (
              <Stack gap="xs" role="list" aria-label={title}>
                {items.map((a) => (
                  <Card key={a.id} withBorder radius="md" padding="sm" role="listitem">
                    <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {dnName(a.subject)}
                        </Text>
                        {dnName(a.subject) !== a.subject && (
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {a.subject}
                          </Text>
                        )}
                        <Fingerprint value={a.sha256} />
                        <Text size="xs" c="dimmed">
                          {t('pki.anchorUntil', { date: formatThaiDate(a.notAfter, lang) })}
                        </Text>
                      </Stack>
                      <ConfirmButton
                        ariaLabel={t('common.deleteItem', { name: dnName(a.subject) })}
                        message={t('pki.anchorDeleteConfirm', { name: dnName(a.subject) })}
                        onConfirm={async () => {
                          await remove.mutateAsync(a.id);
                          notify(t('pki.anchorDeleted'));
                        }}
                        h={44}
                        px="sm"
                        style={{ flexShrink: 0 }}
                      >
                        <IconTrash size={18} />
                      </ConfirmButton>
                    </Group>
                  </Card>
                ))}
              </Stack>
            )
          }
        </QueryState>
        <AddAnchorForm />
      </Stack>
    </SectionCard>
  );
}
