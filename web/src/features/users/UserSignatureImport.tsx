import { Anchor, Box, Button, FileButton, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSetUserSignature } from '@/features/certificates/certificates.ts';
import { imageFileToSignaturePng } from '@/features/letters/signature-image.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';

const MAX_UPLOAD = 5 * 1024 * 1024;

/**
 * นำเข้าลายเซ็น: the administrator uploads a PNG or JPEG of a user's signature (made into a PNG with a
 * transparent background here, in the browser) as that user's stored signature; and the way to their
 * certificates.
 */
export function UserSignatureImport({ userId, name }: { userId: string; name: string }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const save = useSetUserSignature(userId);
  const [preview, setPreview] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const upload = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (!['image/png', 'image/jpeg'].includes(file.type) || file.size > MAX_UPLOAD) {
      setError(new Error(t('account.signatureFileHint')));
      return;
    }
    let png: string;
    try {
      png = await imageFileToSignaturePng(file);
    } catch {
      setError(new Error(t('account.signatureUnreadable')));
      return;
    }
    try {
      const status = await save.mutateAsync(png);
      setPreview(png);
      setSavedAt(status.updatedAt);
      notify(t('users.signatureImported', { name }));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('users.signatureImportHint')}
      </Text>
      {preview && (
        <Stack gap={4}>
          <Box
            p="xs"
            style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: 'white' }}
          >
            <Image
              src={`data:image/png;base64,${preview}`}
              alt={t('users.signatureImported', { name })}
              mah={120}
              fit="contain"
            />
          </Box>
          {savedAt && (
            <Text size="xs" c="dimmed">
              {t('account.signatureUpdated', { at: formatThaiDateTime(savedAt, lang) })}
            </Text>
          )}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {t('account.signatureFileHint')}
      </Text>
      <FileButton onChange={upload} accept="image/png,image/jpeg">
        {(props) => (
          <Button
            {...props}
            variant="light"
            h={44}
            loading={save.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('users.signatureImport')}
          </Button>
        )}
      </FileButton>
      <ErrorAlert error={error} />
      <Anchor component={Link} to={`/admin/certificates?userId=${encodeURIComponent(userId)}`} size="sm">
        {t('users.certificatesLink')}
      </Anchor>
    </Stack>
  );
}
