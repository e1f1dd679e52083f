import type { OrgUnit } from '@contracts/directory.contract.ts';
import { Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { emptyToNull, fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { useToast } from '@/ui/toast.tsx';
import { OrgUnitSelect } from './OrgUnitSelect.tsx';
import { useCreateOrgUnit, useUpdateOrgUnit } from './org-units.ts';

const FIELDS = ['nameTh', 'nameEn', 'shortName', 'ownerNumber', 'parentId'];

/** Creates a unit under `parentId`, or edits `unit` (rename, owner number, move). */
export function OrgUnitForm({
  unit,
  parentId,
  onDone,
}: {
  unit?: OrgUnit;
  parentId: string | null;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useToast();
  const create = useCreateOrgUnit();
  const update = useUpdateOrgUnit();
  const mutation = unit ? update : create;
  const f = useFields({
    parentId: unit ? unit.parentId : parentId,
    nameTh: unit?.nameTh ?? '',
    nameEn: unit?.nameEn ?? '',
    shortName: unit?.shortName ?? '',
    ownerNumber: unit?.ownerNumber ?? '',
  });
  const err = (p: string) => fieldError(mutation.error, p);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { ...f.values, ownerNumber: emptyToNull(f.values.ownerNumber) };
    const done = () => {
      notify(unit ? t('common.saved') : t('orgUnits.created'));
      onDone();
    };
    if (unit) update.mutate({ id: unit.id, ...body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {unit && (
          <OrgUnitSelect
            label={t('orgUnits.parent')}
            value={f.values.parentId}
            onChange={(id) => f.set('parentId', id)}
            clearable
            exclude={unit.id}
            error={err('parentId')}
          />
        )}
        <TextInput
          label={t('orgUnits.nameTh')}
          {...f.text('nameTh')}
          error={err('nameTh')}
          required
          data-autofocus
        />
        <TextInput label={t('orgUnits.nameEn')} {...f.text('nameEn')} error={err('nameEn')} />
        <TextInput label={t('orgUnits.shortName')} {...f.text('shortName')} error={err('shortName')} />
        <TextInput
          label={t('orgUnits.ownerNumber')}
          description={t('orgUnits.ownerNumberHint')}
          {...f.text('ownerNumber')}
          error={err('ownerNumber')}
          inputMode="decimal"
        />
        <ErrorAlert error={mutation.error} shownFields={FIELDS} />
        <FormActions submitLabel={t('common.save')} loading={mutation.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
