import { ProposeBody } from '@contracts/letters.contract.ts';
import { Checkbox, Collapse } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { CountedTextarea } from './CountedTextarea.tsx';
import { LetterActionDialog, type LetterDialogProps } from './LetterActionDialog.tsx';
import { useProposeLetter } from './letters.ts';
import { PeoplePicker } from './RecipientPicker.tsx';

// The contract's default คำเสนอ ("เพื่อโปรดพิจารณา"): route text is Thai whatever the screen language.
const INITIAL: { userIds: string[]; content: string; withPrepared: boolean; prepared: string } = {
  userIds: [],
  content: ProposeBody.shape.content.parse(undefined),
  withPrepared: false,
  prepared: '',
};

/** เสนอ: to one or more executives, with a คำเสนอ ("เพื่อโปรดพิจารณา") and an optional prepared command. */
export function ProposeDialog({ letter, ...dialog }: LetterDialogProps) {
  const t = useT();
  return (
    <LetterActionDialog
      {...dialog}
      title={t('letters.proposeTitle')}
      submitLabel={t('letters.action.propose')}
      doneMessage={t('letters.done.propose')}
      mutation={useProposeLetter(letter.id)}
      initial={INITIAL}
      toBody={({ userIds, content, withPrepared, prepared }) => ({
        userIds,
        content,
        preparedCommand: withPrepared && prepared.trim() ? prepared : undefined,
      })}
      shownFields={['userIds', 'content', 'preparedCommand']}
    >
      {(f, err) => (
        <>
          <PeoplePicker
            label={t('letters.proposeTo')}
            value={f.values.userIds}
            onChange={(ids) => f.set('userIds', ids)}
            required
            error={err('userIds')}
          />
          <CountedTextarea
            label={t('letters.proposeContent')}
            {...f.text('content')}
            max={500}
            error={err('content')}
          />
          <Checkbox
            label={t('letters.prepareCommand')}
            description={t('letters.prepareCommandHint')}
            checked={f.values.withPrepared}
            onChange={(e) => f.set('withPrepared', e.currentTarget.checked)}
          />
          <Collapse in={f.values.withPrepared}>
            <CountedTextarea
              label={t('letters.preparedCommand')}
              {...f.text('prepared')}
              max={500}
              error={err('preparedCommand')}
            />
          </Collapse>
        </>
      )}
    </LetterActionDialog>
  );
}
