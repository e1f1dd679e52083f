import type { Tenant } from '@contracts/tenancy.contract.ts';
import { NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrorOf, Fields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';

/** The agency's own settings, as the operator's forms hold them (the quota as typed). */
export type AgencyValues = Pick<
  Tenant,
  'nameTh' | 'nameEn' | 'ministry' | 'department' | 'letterCode' | 'ownerNumber' | 'digitStyle'
> & { userQuota: number | string };

/** The request paths of the agency fields, whose errors are shown next to them. */
export const AGENCY_FIELDS = [
  'nameTh',
  'nameEn',
  'ministry',
  'department',
  'letterCode',
  'ownerNumber',
  'userQuota',
  'digitStyle',
];

/** Names, ministry and department, codes, user quota and digit style: shared by new and edit agency forms. */
export function AgencyFields({ f, err }: { f: Fields<AgencyValues>; err: FieldErrorOf }) {
  const t = useT();
  return (
    <>
      <TextInput label={t('operator.nameTh')} {...f.text('nameTh')} error={err('nameTh')} required />
      <TextInput label={t('operator.nameEn')} {...f.text('nameEn')} error={err('nameEn')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('operator.ministry')} {...f.text('ministry')} error={err('ministry')} />
        <TextInput label={t('operator.department')} {...f.text('department')} error={err('department')} />
        <TextInput
          label={t('operator.letterCode')}
          description={t('operator.letterCodeHint')}
          {...f.text('letterCode')}
          error={err('letterCode')}
          required
          maxLength={2}
        />
        <TextInput
          label={t('operator.ownerNumber')}
          description={t('fmt.ownerNumber')}
          {...f.text('ownerNumber')}
          error={err('ownerNumber')}
          required
          inputMode="decimal"
        />
        <NumberInput
          label={t('operator.quota')}
          value={f.values.userQuota}
          onChange={(n) => f.set('userQuota', n)}
          min={1}
          max={1_000_000}
          error={err('userQuota')}
          required
          allowDecimal={false}
        />
        <NativeSelect
          label={t('operator.digitStyle')}
          value={f.values.digitStyle}
          onChange={(e) => f.set('digitStyle', e.currentTarget.value as AgencyValues['digitStyle'])}
          data={[
            { value: 'thai', label: t('operator.digit.thai') },
            { value: 'arabic', label: t('operator.digit.arabic') },
          ]}
        />
      </SimpleGrid>
    </>
  );
}
