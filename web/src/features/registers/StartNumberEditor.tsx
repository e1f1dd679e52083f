import type { Register } from '@contracts/registers.contract.ts';
import { Button, Group, NumberInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useSetStartNumber } from './registers.ts';

/** This year's start number: editable until a number of the year is used (agencies moving from paper books). */
export function StartNumberEditor({ register }: { register: Register }) {
  const t = useT();
  const notify = useToast();
  const set = useSetStartNumber();
  const { yearBE, startNumber, startLocked } = register.year;
  const [value, setValue] = useState<number | string>(startNumber);
  const label = t('registers.startNumber', { year: yearBE });
  if (startLocked) {
    return (
      <Text size="sm" c="dimmed">
        {label}: {startNumber} · {t('registers.startLocked')}
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <NumberInput
          label={label}
          value={value}
          onChange={setValue}
          min={1}
          max={10_000_000}
          allowDecimal={false}
          size="xs"
          w={170}
        />
        <Button
          size="xs"
          variant="light"
          loading={set.isPending}
          disabled={Number(value) === startNumber}
          onClick={() =>
            set.mutate(
              { id: register.id, yearBE, startNumber: Number(value) },
              { onSuccess: () => notify(t('registers.startSaved')) },
            )
          }
        >
          {t('registers.setStart')}
        </Button>
      </Group>
      <ErrorAlert error={set.error} />
    </>
  );
}
