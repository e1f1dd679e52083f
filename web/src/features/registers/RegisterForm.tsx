import { type Register, RegisterKind } from '@contracts/registers.contract.ts';
import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { OrgUnitSelect } from '@/features/org-units/OrgUnitSelect.tsx';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useCreateRegister, useUpdateRegister } from './registers.ts';

type Kind = RegisterKind;
const FIELDS = ['orgUnitId', 'kind', 'name', 'letterCode', 'ownerNumber', 'archived'];

/** Creates a register (unit, kind, name, optional codes) or edits one (name, codes, archived). */
export function RegisterForm({
  register,
  defaultUnitId,
  onDone,
}: {
  register?: Register;
  defaultUnitId?: string | null;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useToast();
  const create = useCreateRegister();
  const update = useUpdateRegister();
  const mutation = register ? update : create;
  const f = useFields({
    orgUnitId: register?.orgUnitId ?? defaultUnitId ?? null,
    kind: register?.kind ?? ('dispatch' as Kind),
    name: register?.name ?? '',
    letterCode: register?.letterCode ?? '',
    ownerNumber: register?.ownerNumber ?? '',
    archived: register?.archived ?? false,
  });
  const v = f.values;
  const err = (p: string) => fieldError(mutation.error, p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const done = () => {
      notify(t('registers.saved'));
      onDone();
    };
    const codes = {
      letterCode: v.letterCode.trim() || undefined,
      ownerNumber: v.ownerNumber.trim() || undefined,
    };
    if (register)
      update.mutate({ id: register.id, name: v.name, ...codes, archived: v.archived }, { onSuccess: done });
    else
      create.mutate(
        { orgUnitId: v.orgUnitId ?? '', kind: v.kind, name: v.name, ...codes },
        { onSuccess: done },
      );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!register && (
          <>
            <OrgUnitSelect
              label={t('common.unit')}
              value={v.orgUnitId}
              onChange={(id) => f.set('orgUnitId', id)}
              error={err('orgUnitId')}
              required
            />
            <NativeSelect
              label={t('registers.kind')}
              value={v.kind}
              onChange={(e) => f.set('kind', e.currentTarget.value as Kind)}
              data={RegisterKind.options.map((k) => ({ value: k, label: t(`registers.kind.${k}`) }))}
              error={err('kind')}
            />
          </>
        )}
        <TextInput label={t('registers.name')} {...f.text('name')} error={err('name')} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('registers.letterCode')}
            description={t('registers.letterCodeHint')}
            {...f.text('letterCode')}
            error={err('letterCode')}
            maxLength={2}
          />
          <TextInput
            label={t('registers.ownerNumber')}
            description={t('registers.ownerNumberHint')}
            {...f.text('ownerNumber')}
            error={err('ownerNumber')}
            inputMode="decimal"
          />
        </SimpleGrid>
        {register && (
          <Checkbox
            label={t('registers.archive')}
            checked={v.archived}
            onChange={(e) => f.set('archived', e.currentTarget.checked)}
          />
        )}
        <ErrorAlert error={mutation.error} shownFields={FIELDS} />
        <FormActions
          submitLabel={register ? t('common.save') : t('registers.add')}
          loading={mutation.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
