import { Anchor, Box, Button, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  userSignatureImageUrl,
  useSetUserSignature,
  useUserSignatureStatus,
} from '@/features/certificates/certificates.ts';
import { SignatureFileButton } from '@/features/letters/SignatureFileButton.tsx';
import { useI18n, useT } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';

/**
 * The user's stored signature: when it was saved, and the image itself only on request — the server
 * audits every time an administrator reads someone's signature, so the page does not fetch it on its own.
 * `shown` is the image to show: the stored one once asked for, or the one just imported.
 */
function StoredSignature({
  userId,
  name,
  shown,
  onShow,
}: {
  userId: string;
  name: string;
  shown: string | null;
  onShow: (src: string) => void;
}) {
  const { t, lang } = useI18n();
  const status = useUserSignatureStatus(userId);
  if (status.isError)
    return (
      <Text size="sm" c="red.8">
        {status.error.message}
      </Text>
    );
  if (!status.data) return null;
  const { hasImage, updatedAt } = status.data;
  if (!hasImage)
    return (
      <Text size="sm" c="dimmed">
        {t('users.signatureNone')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {shown ? (
        <Box
          p="xs"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: 'white' }}
        >
          <Image src={shown} alt={t('users.signatureOf', { name })} mah={120} fit="contain" />
        </Box>
      ) : (
        <Button
          variant="default"
          h={44}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onShow(userSignatureImageUrl(userId, updatedAt))}
        >
          {t('users.signatureShow')}
        </Button>
      )}
      {updatedAt && (
        <Text size="xs" c="dimmed">
          {t('account.signatureUpdated', { at: formatThaiDateTime(updatedAt, lang) })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * นำเข้าลายเซ็น: the user's stored signature (StoredSignature), and the administrator's upload of a PNG or
 * JPEG of it (made into a PNG with a transparent background here, in the browser) to replace it; and the
 * way to the user's certificates.
 */
export function UserSignatureImport({ userId, name }: { userId: string; name: string }) {
  const t = useT();
  const notify = useToast();
  const save = useSetUserSignature(userId);
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const store = async (png: string) => {
    setError(null);
    try {
      await save.mutateAsync(png);
      setShown(`data:image/png;base64,${png}`);
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
      <StoredSignature userId={userId} name={name} shown={shown} onShow={setShown} />
      <SignatureFileButton
        label={t('users.signatureImport')}
        loading={save.isPending}
        onImage={store}
        onError={setError}
      />
      <ErrorAlert error={error} />
      <Anchor component={Link} to={`/admin/certificates?userId=${encodeURIComponent(userId)}`} size="sm">
        {t('users.certificatesLink')}
      </Anchor>
    </Stack>
  );
}
