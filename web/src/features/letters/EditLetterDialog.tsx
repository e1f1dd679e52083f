import { useT } from '@/lib/i18n/index.tsx';
import { LetterActionDialog, type LetterDialogProps } from './LetterActionDialog.tsx';
import { useUpdateLetter } from './letters.ts';
import {
  LETTER_METADATA_FIELDS,
  LetterMetadataFields,
  type LetterMetadataValues,
} from './LetterMetadataFields.tsx';

/** แก้ไขหนังสือ: the letter's own details (files and numbers are not edited here). */
export function EditLetterDialog({ letter, ...dialog }: LetterDialogProps) {
  const t = useT();
  const initial: LetterMetadataValues = {
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
  };
  return (
    <LetterActionDialog
      {...dialog}
      title={t('letters.editTitle')}
      submitLabel={t('common.save')}
      doneMessage={t('common.saved')}
      mutation={useUpdateLetter(letter.id)}
      initial={initial}
      shownFields={LETTER_METADATA_FIELDS}
    >
      {(f, err) => <LetterMetadataFields f={f} err={err} />}
    </LetterActionDialog>
  );
}
