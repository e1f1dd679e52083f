import type { Position } from '@contracts/directory.contract.ts';
import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
