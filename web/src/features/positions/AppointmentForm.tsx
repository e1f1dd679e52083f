import { AppointmentKind, CommitteeRole, type Position } from '@contracts/directory.contract.ts';
import { NativeSelect, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { PersonPicker } from '@/features/people/PersonPicker.tsx';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { todayInBangkok } from '@/lib/thai-date.ts';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useCreateAppointment } from './positions.ts';

type Kind = (typeof AppointmentKind.options)[number];
type Role = (typeof CommitteeRole.options)[number];
const FIELDS = ['personId', 'kind', 'committeeRole', 'authorityRef', 'startsOn', 'endsOn'];

/** Appoints a person to a position: regular, acting (รักษาราชการแทน), delegated (ปฏิบัติราชการแทน) or committee. */
export function AppointmentForm({ position, onDone }: { position: Position; onDone: () => void }) {
  const t = useT();
  const notify = useToast();
  const create = useCreateAppointment();
  const f = useFields({
    personId: null as string | null,
    kind: 'regular' as Kind,
    committeeRole: 'member' as Role,
    authorityRef: '',
    startsOn: todayInBangkok() as string | null,
    endsOn: null as string | null,
  });
  const v = f.values;
  const err = (p: string) => fieldError(create.error, p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        positionId: position.id,
        personId: v.personId ?? '',
        kind: v.kind,
        committeeRole: v.kind === 'committee' ? v.committeeRole : null,
        authorityRef: v.kind === 'regular' ? '' : v.authorityRef,
        startsOn: v.startsOn ?? '',
        endsOn: v.endsOn,
      },
      {
        onSuccess: () => {
          notify(t('common.saved'));
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PersonPicker
          label={t('appointments.person')}
          value={v.personId}
          onChange={(id) => f.set('personId', id)}
          error={err('personId')}
          required
        />
        <NativeSelect
          label={t('appointments.kind')}
          value={v.kind}
          onChange={(e) => f.set('kind', e.currentTarget.value as Kind)}
          data={AppointmentKind.options.map((k) => ({ value: k, label: t(`appointments.kind.${k}`) }))}
          error={err('kind')}
        />
        {v.kind === 'committee' && (
          <NativeSelect
            label={t('appointments.committeeRole')}
            value={v.committeeRole}
            onChange={(e) => f.set('committeeRole', e.currentTarget.value as Role)}
            data={CommitteeRole.options.map((r) => ({ value: r, label: t(`appointments.role.${r}`) }))}
            error={err('committeeRole')}
          />
        )}
        {v.kind !== 'regular' && (
          <TextInput
            label={t('appointments.authorityRef')}
            description={t('appointments.authorityRefHint')}
            {...f.text('authorityRef')}
            error={err('authorityRef')}
          />
        )}
        <ThaiDateInput
          label={t('common.startsOn')}
          value={v.startsOn}
          onChange={(d) => f.set('startsOn', d)}
          error={err('startsOn')}
          required
        />
        <ThaiDateInput
          label={t('common.endsOn')}
          value={v.endsOn}
          onChange={(d) => f.set('endsOn', d)}
          error={err('endsOn')}
          min={v.startsOn ?? undefined}
        />
        <ErrorAlert error={create.error} shownFields={FIELDS} />
        <FormActions submitLabel={t('appointments.add')} loading={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
