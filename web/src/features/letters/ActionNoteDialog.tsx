import { useT } from '@/lib/i18n/index.tsx';
import { CountedTextarea } from './CountedTextarea.tsx';
import { LetterActionDialog, type LetterDialogProps } from './LetterActionDialog.tsx';
import { useRecordAction } from './letters.ts';

/** บันทึกการปฏิบัติ: what was done about the letter (500 characters). */
export function ActionNoteDialog({ letter, ...dialog }: LetterDialogProps) {
  const t = useT();
  return (
    <LetterActionDialog
      {...dialog}
      title={t('letters.action.record-action')}
      submitLabel={t('common.save')}
      doneMessage={t('letters.done.record-action')}
      mutation={useRecordAction(letter.id)}
      initial={{ content: '' }}
      shownFields={['content']}
    >
      {(f, err) => (
        <CountedTextarea
          label={t('letters.actionNote')}
          {...f.text('content')}
          max={500}
          required
          error={err('content')}
          data-autofocus
        />
      )}
    </LetterActionDialog>
  );
}
