import { TextInput } from '@mantine/core';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  required?: boolean;
  min?: string;
  name?: string;
  description?: string;
}

/**
 * A calendar date field: the phone's native date picker, with the chosen date repeated underneath
 * in Buddhist Era and Thai month names so nobody has to convert years in their head.
 */
export function ThaiDateInput({ label, value, onChange, error, required, min, name, description }: Props) {
  const { lang, t } = useI18n();
  const shown = value ? t('common.dateHint', { date: formatThaiDate(value, lang, 'long') }) : description;
  return (
    <TextInput
      type="date"
      label={label}
      name={name}
      value={value ?? ''}
      min={min}
      required={required}
      error={error}
      description={shown}
      onChange={(e) => onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)}
    />
  );
}
