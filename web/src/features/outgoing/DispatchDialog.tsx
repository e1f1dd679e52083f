import { MultiSelect, Text } from '@mantine/core';
import { LetterActionDialog } from '@/features/letters/LetterActionDialog.tsx';
import { UnitPicker } from '@/features/letters/RecipientPicker.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { LinesField } from './LinesField.tsx';
import { type OutgoingDialogProps, useDispatchLetter, useExchangeAgencies } from './outgoing.ts';
import { pickerProps } from './picker-props.ts';

type Values = { orgUnitIds: string[]; agencySlugs: string[]; paperRecipients: string[] };
const NONE: Values = { orgUnitIds: [], agencySlugs: [], paperRecipients: [] };

/** Other agencies on the platform; the letter arrives in their central registry's รอลงรับ. */
function AgencyPicker({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (slugs: string[]) => void;
  error?: string;
}) {
  const t = useT();
  const agencies = useExchangeAgencies();
  return (
    <MultiSelect
      label={t('outgoing.toAgencies')}
      description={t('outgoing.toAgenciesHint')}
      data={(agencies.data ?? []).map((a) => ({ value: a.slug, label: a.name }))}
      value={value}
      onChange={onChange}
      clearable
      hidePickedOptions
      error={error ?? (agencies.isError ? agencies.error.message : undefined)}
      placeholder={value.length ? undefined : t('outgoing.pickAgencies')}
      {...pickerProps(agencies.isPending, t, t('outgoing.noAgencies'))}
    />
  );
}

/**
 * ส่งหนังสือ: to units of the agency (their รอลงรับ), other agencies on the platform, and paper
 * recipients (recorded by name; the signed PDF is the copy to print).
 */
export function DispatchDialog({ letter, ...dialog }: OutgoingDialogProps) {
  const t = useT();
  return (
    <LetterActionDialog
      {...dialog}
      title={t('outgoing.dispatchTitle')}
      submitLabel={t('outgoing.action.dispatch')}
      doneMessage={t('outgoing.done.dispatch')}
      mutation={useDispatchLetter(letter.id)}
      initial={NONE}
      toBody={(v) => ({ ...v, paperRecipients: v.paperRecipients.filter((name) => name.trim() !== '') })}
      shownFields={['orgUnitIds', 'agencySlugs']}
    >
      {(f, err) => (
        <>
          <Text size="sm" fw={500}>
            {[letter.numberFormatted, letter.content.subject].filter(Boolean).join(' · ')}
          </Text>
          <UnitPicker
            label={t('outgoing.toUnits')}
            value={f.values.orgUnitIds}
            onChange={(ids) => f.set('orgUnitIds', ids)}
            error={err('orgUnitIds')}
          />
          <AgencyPicker
            value={f.values.agencySlugs}
            onChange={(slugs) => f.set('agencySlugs', slugs)}
            error={err('agencySlugs')}
          />
          <LinesField
            label={t('outgoing.paperRecipients')}
            description={t('outgoing.paperRecipientsHint')}
            itemLabel={(n) => t('outgoing.paperRecipients.item', { n })}
            addLabel={t('outgoing.paperRecipients.add')}
            values={f.values.paperRecipients}
            onChange={(items) => f.set('paperRecipients', items)}
            path="paperRecipients"
            err={err}
            max={100}
            maxLength={300}
          />
        </>
      )}
    </LetterActionDialog>
  );
}
