import type { RecipientDirectory } from '@contracts/letters.contract.ts';
import { MultiSelect, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { useRecipients } from './letters.ts';

/** Units and people a step goes to. */
export interface RecipientValues {
  orgUnitIds: string[];
  userIds: string[];
}

type Person = RecipientDirectory['people'][number];

/** "ชื่อ — ตำแหน่ง", or the name alone. */
export const personLabel = (p: Person) => (p.positionTitle ? `${p.name} — ${p.positionTitle}` : p.name);

/** People as MultiSelect groups: executives first (they are proposed to), then everyone else. */
export function peopleGroups(people: Person[], executives: string, others: string, executivesOnly: boolean) {
  const toOption = (p: Person) => ({ value: p.userId, label: personLabel(p) });
  const groups = [{ group: executives, items: people.filter((p) => p.isExecutive).map(toOption) }];
  if (!executivesOnly)
    groups.push({ group: others, items: people.filter((p) => !p.isExecutive).map(toOption) });
  return groups.filter((g) => g.items.length > 0);
}

/** Picks people from the recipient directory (executives first); with `executivesOnly` only them. */
export function PeoplePicker({
  label,
  value,
  onChange,
  error,
  required,
  executivesOnly = false,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  required?: boolean;
  executivesOnly?: boolean;
}) {
  const t = useT();
  const recipients = useRecipients();
  const data = useMemo(
    () =>
      peopleGroups(
        recipients.data?.people ?? [],
        t('letters.executives'),
        t('letters.otherPeople'),
        executivesOnly,
      ),
    [recipients.data, t, executivesOnly],
  );
  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      required={required}
      error={error}
      placeholder={value.length ? undefined : t('letters.pickPeople')}
      nothingFoundMessage={recipients.isPending ? t('common.loading') : t('common.noResults')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
    />
  );
}

/** Picks units (กอง/กลุ่มงาน) from the recipient directory; the path tells same-named units apart. */
export function UnitPicker({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const t = useT();
  const recipients = useRecipients();
  const units = recipients.data?.units ?? [];
  const paths = new Map(units.map((u) => [u.id, u.path]));
  return (
    <MultiSelect
      label={label}
      data={units.map((u) => ({ value: u.id, label: u.name }))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      error={error}
      placeholder={value.length ? undefined : t('letters.pickUnits')}
      nothingFoundMessage={recipients.isPending ? t('common.loading') : t('common.noResults')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {paths.get(option.value) && paths.get(option.value) !== option.label && (
            <Text size="xs" c="dimmed">
              {paths.get(option.value)}
            </Text>
          )}
        </Stack>
      )}
    />
  );
}

/** Units and people together (ส่งต่อ, มอบหมายในคำสั่งการ). */
export function RecipientPicker({
  value,
  onChange,
  err,
  assign = false,
}: {
  value: RecipientValues;
  onChange: (v: RecipientValues) => void;
  err?: (path: string) => string | undefined;
  /** Worded as มอบหมาย (a command assigns) rather than ส่งถึง. */
  assign?: boolean;
}) {
  const t = useT();
  return (
    <Stack gap="xs">
      <UnitPicker
        label={t(assign ? 'letters.assignUnits' : 'letters.toUnits')}
        value={value.orgUnitIds}
        onChange={(orgUnitIds) => onChange({ ...value, orgUnitIds })}
        error={err?.('orgUnitIds')}
      />
      <PeoplePicker
        label={t(assign ? 'letters.assignPeople' : 'letters.toPeople')}
        value={value.userIds}
        onChange={(userIds) => onChange({ ...value, userIds })}
        error={err?.('userIds')}
      />
    </Stack>
  );
}
