import { Button, FileButton, Stack, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { imageFileToSignaturePng } from './signature-image.ts';

const MAX_UPLOAD = 5 * 1024 * 1024;

/**
 * Choose a PNG or JPEG of a signature: checked (type, size), turned into a PNG with a transparent
 * background in the browser, and handed to `onImage` as base64. A file that cannot be used goes to
 * `onError` with the message to show.
 */
export function SignatureFileButton({
  label,
  loading,
  onImage,
  onError,
}: {
  label: string;
  loading: boolean;
  onImage: (png: string) => void | Promise<void>;
  onError: (error: Error) => void;
}) {
  const t = useT();
  const choose = async (file: File | null) => {
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type) || file.size > MAX_UPLOAD) {
      onError(new Error(t('account.signatureFileHint')));
      return;
    }
    let png: string;
    try {
      png = await imageFileToSignaturePng(file);
    } catch {
      onError(new Error(t('account.signatureUnreadable')));
      return;
    }
    await onImage(png);
  };
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('account.signatureFileHint')}
      </Text>
      <FileButton onChange={choose} accept="image/png,image/jpeg">
        {(props) => (
          <Button {...props} variant="light" h={44} loading={loading} style={{ alignSelf: 'flex-start' }}>
            {label}
          </Button>
        )}
      </FileButton>
    </Stack>
  );
}
