import { Card, SegmentedControl, Stack, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useAgency, useUpdateAgencySettings } from './registers.ts';

/**
 * The agency's choice of Thai or Arabic digits for printed numbers (regulation §10.1: Thai digits are
 * encouraged, not mandatory). Shown to register admins above the registers.
 */
export function DigitStyleSetting() {
  const t = useT();
  const notify = useToast();
  const agency = useAgency();
  const update = useUpdateAgencySettings();
  if (!agency.data) return null;
  return (
    <Card withBorder radius="md" padding="sm">
      <Stack gap={6}>
        <Text fw={600} id="digit-style-label">
          {t('registers.digitStyle')}
        </Text>
        <SegmentedControl
          aria-labelledby="digit-style-label"
          value={agency.data.digitStyle}
          disabled={update.isPending}
          onChange={(v) =>
            update.mutate(
              { digitStyle: v as 'thai' | 'arabic' },
              { onSuccess: () => notify(t('registers.digitStyleSaved')) },
            )
          }
          data={[
            { value: 'thai', label: t('registers.digitStyle.thai') },
            { value: 'arabic', label: t('registers.digitStyle.arabic') },
          ]}
        />
        <Text size="xs" c="dimmed">
          {t('registers.digitStyle.hint')}
        </Text>
        <ErrorAlert error={update.error} />
      </Stack>
    </Card>
  );
}
