import { Box, Group, Image, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  signatureImageUrl,
  useDeleteSignature,
  useSaveSignature,
  useSignatureStatus,
} from '@/features/letters/account-signature.ts';
import { SignatureFileButton } from '@/features/letters/SignatureFileButton.tsx';
import { SignaturePadField } from '@/features/letters/SignaturePadField.tsx';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useToast } from '@/ui/toast.tsx';

/**
 * ลายเซ็น: the image printed on route pages when the user signs a command. Upload a PNG or JPEG (turned
 * into a PNG with a transparent background here, in the browser) or draw one; preview; delete.
 */
export function SignatureSection() {
  const { t, lang } = useI18n();
  const notify = useToast();
  const status = useSignatureStatus();
  const save = useSaveSignature();
  const remove = useDeleteSignature();
  const [mode, setMode] = useState<'upload' | 'draw'>('upload');
  const [localError, setLocalError] = useState<unknown>(null);
  const [padKey, setPadKey] = useState(0);

  const store = async (image: string) => {
    setLocalError(null);
    try {
      await save.mutateAsync({ image });
      notify(t('account.signatureSaved'));
      setPadKey((k) => k + 1);
    } catch (err) {
      setLocalError(err);
    }
  };
  return (
    <QueryState query={status}>
      {(s) => (
        <Stack>
          {s.hasImage ? (
            <Stack gap={4}>
              <Box
                p="xs"
                style={{
                  border: '1px solid var(--mantine-color-gray-3)',
                  borderRadius: 8,
                  background: 'white',
                }}
              >
                <Image
                  src={signatureImageUrl(s.updatedAt)}
                  alt={t('letters.signature.stored')}
                  mah={120}
                  fit="contain"
                />
              </Box>
              <Group justify="space-between" gap="xs">
                <Text size="xs" c="dimmed">
                  {t('account.signatureUpdated', { at: formatThaiDateTime(s.updatedAt, lang) })}
                </Text>
                <ConfirmButton
                  message={t('account.signatureDeleteConfirm')}
                  onConfirm={async () => {
                    await remove.mutateAsync();
                    notify(t('account.signatureDeleted'));
                  }}
                  h={44}
                >
                  {t('account.signatureDelete')}
                </ConfirmButton>
              </Group>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('account.signatureNone')}
            </Text>
          )}
          <SegmentedControl
            value={mode}
            onChange={(m) => setMode(m as 'upload' | 'draw')}
            data={[
              { value: 'upload', label: t('account.signatureUpload') },
              { value: 'draw', label: t('account.signatureDraw') },
            ]}
            aria-label={t('letters.signature')}
          />
          {mode === 'upload' ? (
            <SignatureFileButton
              label={t('account.signatureChoose')}
              loading={save.isPending}
              onImage={store}
              onError={setLocalError}
            />
          ) : (
            <SignaturePadField
              key={padKey}
              label={t('account.signatureDraw')}
              saveLabel={t('account.signatureSave')}
              onSaved={(png) => png && void store(png)}
            />
          )}
          <ErrorAlert error={localError} />
        </Stack>
      )}
    </QueryState>
  );
}
