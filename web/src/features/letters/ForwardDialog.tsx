import { useT } from '@/lib/i18n/index.tsx';
import { CountedTextarea } from './CountedTextarea.tsx';
import { LetterActionDialog, type LetterDialogProps } from './LetterActionDialog.tsx';
import { useForwardLetter } from './letters.ts';
import { RecipientPicker } from './RecipientPicker.tsx';

const INITIAL: { orgUnitIds: string[]; userIds: string[]; content: string } = {
  orgUnitIds: [],
  userIds: [],
  content: '',
};

/** ส่งต่อ: to units and people with a note. */
export function ForwardDialog({ letter, ...dialog }: LetterDialogProps) {
  const t = useT();
  return (
    <LetterActionDialog
      {...dialog}
      title={t('letters.forwardTitle')}
      submitLabel={t('letters.action.forward')}
      doneMessage={t('letters.done.forward')}
      mutation={useForwardLetter(letter.id)}
      initial={INITIAL}
      shownFields={['orgUnitIds', 'userIds', 'content']}
    >
      {(f, err) => (
        <>
          <RecipientPicker
            value={f.values}
            onChange={(to) => {
              f.set('orgUnitIds', to.orgUnitIds);
              f.set('userIds', to.userIds);
            }}
            err={err}
          />
          <CountedTextarea
            label={t('letters.forwardNote')}
            {...f.text('content')}
            max={500}
            error={err('content')}
          />
        </>
      )}
    </LetterActionDialog>
  );
}
