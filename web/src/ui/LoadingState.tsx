import { Center, Loader, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** A centred spinner with a screen-reader label. */
export function LoadingState() {
  const t = useT();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" />
      <Text size="sm" c="dimmed" ml="sm">
        {t('common.loading')}
      </Text>
    </Center>
  );
}
