import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';

const OTHER = '\u0000other';

/**
 * A wording picked from the agency's usual ones (คำขึ้นต้น, คำลงท้าย), or typed when none fits:
 * choosing "อื่น ๆ" opens a text box. A saved wording that is not in the list opens typed.
 */
export function WordingSelect({
  label,
  options,
  value,
  onChange,
  error,
  maxLength,
}: {
  label: string;
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  maxLength: number;
}) {
  const t = useT();
  const [typed, setTyped] = useState(!options.includes(value));
  return (
    <Stack gap={4}>
      <NativeSelect
        label={label}
        size="md"
        value={typed ? OTHER : value}
        onChange={(e) => {
          const picked = e.currentTarget.value;
          setTyped(picked === OTHER);
          if (picked !== OTHER) onChange(picked);
        }}
        data={[
          ...options.map((o) => ({ value: o, label: o })),
          { value: OTHER, label: t('outgoing.otherWording') },
        ]}
        error={typed ? undefined : error}
      />
      {typed && (
        <TextInput
          aria-label={t('outgoing.typedWording', { label })}
          placeholder={t('outgoing.typedWordingHint')}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          maxLength={maxLength}
          error={error}
          size="md"
          data-autofocus
        />
      )}
    </Stack>
  );
}
