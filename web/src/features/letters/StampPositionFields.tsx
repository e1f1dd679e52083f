import { Checkbox, Collapse, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** Where the clerk wants the receipt stamp, as the form holds it (null: the top-right corner of page 1). */
export interface StampValues {
  page: number | string;
  left: number | string;
  top: number | string;
}

/** The contract's stampPosition from the form's values, or undefined when none is set. */
export function stampPositionOf(enabled: boolean, v: StampValues) {
  if (!enabled) return undefined;
  return { page: Number(v.page) || 1, left: Number(v.left) || 0, top: Number(v.top) || 0 };
}

/**
 * Advanced: put the receipt stamp elsewhere when the top-right corner of page 1 is taken (ระเบียบงานสารบรรณ
 * ข้อ 34–40 put the stamp at the top right). Points from the page's top-left; an A4 page is 595 × 842.
 */
export function StampPositionFields({
  enabled,
  onEnabled,
  values,
  onChange,
  err,
}: {
  enabled: boolean;
  onEnabled: (on: boolean) => void;
  values: StampValues;
  onChange: (v: StampValues) => void;
  err: (path: string) => string | undefined;
}) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('letters.stamp.custom')}
        checked={enabled}
        onChange={(e) => onEnabled(e.currentTarget.checked)}
      />
      <Collapse in={enabled}>
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t('letters.stamp.hint')}
          </Text>
          <SimpleGrid cols={3}>
            <NumberInput
              label={t('letters.stamp.page')}
              value={values.page}
              onChange={(page) => onChange({ ...values, page })}
              min={1}
              allowDecimal={false}
              error={err('stampPosition.page')}
            />
            <NumberInput
              label={t('letters.stamp.left')}
              value={values.left}
              onChange={(left) => onChange({ ...values, left })}
              min={0}
              max={2000}
              error={err('stampPosition.left')}
            />
            <NumberInput
              label={t('letters.stamp.top')}
              value={values.top}
              onChange={(top) => onChange({ ...values, top })}
              min={0}
              max={2000}
              error={err('stampPosition.top')}
            />
          </SimpleGrid>
        </Stack>
      </Collapse>
    </Stack>
  );
}
