import { Button, Group } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** A form's buttons at the end of the form: cancel (when there is one) and submit. */
export function FormActions({
  submitLabel,
  loading,
  onCancel,
}: {
  submitLabel: string;
  loading: boolean;
  onCancel?: () => void;
}) {
  const t = useT();
  return (
    <Group justify="flex-end">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
