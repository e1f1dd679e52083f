import { Box, Image, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { type SignatureStatus, signatureImageUrl } from './account-signature.ts';
import { type SignaturePadHandle, SignaturePadField } from './SignaturePadField.tsx';

/** Sign with the stored image, or draw one now. */
export type SignatureMode = 'stored' | 'draw';

/**
 * ลายเซ็น in the command dialog: the stored signature (preview) when there is one, or a pad to draw on now.
 * Without a stored image only the pad is offered.
 */
export function SignatureChoice({
  status,
  mode,
  onMode,
  padRef,
  error,
}: {
  status: SignatureStatus | undefined;
  mode: SignatureMode;
  onMode: (mode: SignatureMode) => void;
  padRef: Ref<SignaturePadHandle>;
  error?: string;
}) {
  const t = useT();
  return (
    <Stack gap={6}>
      {status?.hasImage && (
        <SegmentedControl
          fullWidth
          value={mode}
          onChange={(m) => onMode(m as SignatureMode)}
          data={[
            { value: 'stored', label: t('letters.signature.useStored') },
            { value: 'draw', label: t('letters.signature.drawNow') },
          ]}
          aria-label={t('letters.signature')}
        />
      )}
      {mode === 'stored' && status?.hasImage ? (
        <Box
          p="xs"
          style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: 'white' }}
        >
          <Text size="sm" fw={500} mb={4}>
            {t('letters.signature')}
          </Text>
          <Image
            src={signatureImageUrl(status.updatedAt)}
            alt={t('letters.signature.stored')}
            mah={120}
            fit="contain"
          />
        </Box>
      ) : (
        <SignaturePadField label={t('letters.signature')} onSaved={() => {}} handleRef={padRef} />
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
