import type { Letter } from '@contracts/letters.contract.ts';
import { Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useUpdateLetter } from './letters.ts';
import {
  LETTER_METADATA_FIELDS,
  LetterMetadataFields,
  type LetterMetadataValues,
} from './LetterMetadataFields.tsx';

function EditLetterForm({ letter, onDone }: { letter: Letter; onDone: () => void }) {
  const t = useT();
  const notify = useToast();
  const update = useUpdateLetter(letter.id);
  const f = useFields<LetterMetadataValues>({
    docNo: letter.docNo,
    docDate: letter.docDate,
    senderAgency: letter.senderAgency,
    senderName: letter.senderName,
    addressee: letter.addressee,
    subject: letter.subject,
    urgency: letter.urgency,
    secrecy: letter.secrecy,
    reference: letter.reference,
    remarks: letter.remarks,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(f.values, {
      onSuccess: () => {
        notify(t('common.saved'));
        onDone();
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <LetterMetadataFields f={f} err={(p) => fieldError(update.error, p)} />
        <ErrorAlert error={update.error} shownFields={LETTER_METADATA_FIELDS} />
        <FormActions submitLabel={t('common.save')} loading={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** แก้ไขหนังสือ: the letter's own details (files and numbers are not edited here). */
export function EditLetterDialog({
  letter,
  opened,
  onClose,
}: {
  letter: Letter;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('letters.editTitle')}>
      {opened && <EditLetterForm letter={letter} onDone={onClose} />}
    </FormModal>
  );
}
