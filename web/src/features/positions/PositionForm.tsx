import type { Position } from '@contracts/directory.contract.ts';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useSavePosition } from './positions.ts';

/** Title, the title printed under a signature, and whether the holder is an executive. */
export function PositionForm({
  orgUnitId,
  position,
  onDone,
}: {
  orgUnitId: string;
  position?: Position;
  onDone: () => void;
}) {
  const t = useT();
  const notify = useToast();
  const save = useSavePosition();
  const f = useFields({
    titleTh: position?.titleTh ?? '',
    signatureTitle: position?.signatureTitle ?? '',
    isExecutive: position?.isExecutive ?? false,
  });
  const err = (p: string) => fieldError(save.error, p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { id: position?.id, orgUnitId, ...f.values },
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
        <TextInput
          label={t('positions.titleTh')}
          {...f.text('titleTh')}
          error={err('titleTh')}
          required
          data-autofocus
        />
        <TextInput
          label={t('positions.signatureTitle')}
          description={t('positions.signatureTitleHint')}
          {...f.text('signatureTitle')}
          error={err('signatureTitle')}
          required
        />
        <Checkbox
          label={t('positions.isExecutive')}
          checked={f.values.isExecutive}
          onChange={(e) => f.set('isExecutive', e.currentTarget.checked)}
        />
        <ErrorAlert error={save.error} shownFields={['titleTh', 'signatureTitle']} />
        <FormActions submitLabel={t('common.save')} loading={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
