import { Textarea, type TextareaProps } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** A textarea with a live "n/max ตัวอักษร" counter under its label that turns red at the limit. */
export function CountedTextarea({
  value,
  max,
  hint,
  minRows = 3,
  ...props
}: Omit<TextareaProps, 'value' | 'maxLength' | 'description'> & {
  value: string;
  max: number;
  hint?: string;
}) {
  const t = useT();
  const full = value.length >= max;
  return (
    <Textarea
      {...props}
      value={value}
      maxLength={max}
      autosize
      minRows={minRows}
      description={
        <span aria-live="polite" style={{ color: full ? 'var(--mantine-color-red-7)' : undefined }}>
          {hint ? `${hint} · ` : ''}
          {t('letters.charCount', { count: value.length, max })}
        </span>
      }
    />
  );
}
