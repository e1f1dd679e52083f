import { Input, Paper, Select, Stack, Text } from '@mantine/core';
import { LetterActionDialog } from '@/features/letters/LetterActionDialog.tsx';
import { useRecipients } from '@/features/letters/letters.ts';
import { peopleGroups, personLabel } from '@/features/letters/RecipientPicker.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { OrderControls } from './LinesField.tsx';
import { pickerProps } from './picker-props.ts';
import { type OutgoingDialogProps, useSubmitDraft } from './outgoing.ts';

type Values = { reviewerIds: string[]; signerId: string };

/** The people of the directory as Select groups, executives first; `exclude` are left out. */
function usePeopleOptions(exclude: string[]) {
  const t = useT();
  const recipients = useRecipients();
  const people = recipients.data?.people ?? [];
  const groups = peopleGroups(
    people.filter((p) => !exclude.includes(p.userId)),
    t('letters.executives'),
    t('letters.otherPeople'),
    false,
  );
  const names = new Map(people.map((p) => [p.userId, personLabel(p)]));
  return { groups, name: (id: string) => names.get(id) ?? id, loading: recipients.isPending };
}

/** ผู้ตรวจ in the order they review: add from the directory, move up and down, remove. */
function ReviewerChain({
  value,
  onChange,
  exclude,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  exclude: string[];
  error?: string;
}) {
  const t = useT();
  const people = usePeopleOptions([...value, ...exclude]);
  const move = (i: number, by: -1 | 1) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by] ?? '', next[i] ?? ''];
    onChange(next);
  };
  return (
    <Input.Wrapper label={t('outgoing.reviewers')} description={t('outgoing.reviewersHint')} error={error}>
      <Stack gap={6} mt={4}>
        {value.length > 0 && (
          <Stack
            component="ol"
            gap={6}
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('outgoing.reviewers')}
          >
            {value.map((id, i) => (
              <Paper key={id} component="li" withBorder p={6}>
                <Stack gap={4}>
                  <Text size="sm">
                    {i + 1}. {people.name(id)}
                  </Text>
                  <OrderControls
                    name={people.name(id)}
                    index={i}
                    count={value.length}
                    reorderable
                    removable
                    onMove={(by) => move(i, by)}
                    onRemove={() => onChange(value.filter((x) => x !== id))}
                  />
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
        {value.length < 10 && (
          <Select
            aria-label={t('outgoing.addReviewer')}
            placeholder={t('outgoing.addReviewer')}
            data={people.groups}
            value={null}
            onChange={(id) => id && onChange([...value, id])}
            {...pickerProps(people.loading, t)}
          />
        )}
      </Stack>
    </Input.Wrapper>
  );
}

/** The signer: one person from the directory, executives first. */
function SignerSelect({
  value,
  onChange,
  exclude,
  error,
}: {
  value: string;
  onChange: (id: string) => void;
  exclude: string[];
  error?: string;
}) {
  const t = useT();
  const people = usePeopleOptions(exclude);
  return (
    <Select
      label={t('outgoing.signer')}
      placeholder={t('outgoing.pickSigner')}
      data={people.groups}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      required
      error={error}
      {...pickerProps(people.loading, t)}
    />
  );
}

/** เสนอร่างลงนาม: the reviewers in order (ผู้ตรวจ), then the signer (ผู้ลงนาม). */
export function SubmitDialog({ letter, ...dialog }: OutgoingDialogProps) {
  const t = useT();
  // A draft sent back for correction goes to the same people again unless changed.
  const initial: Values = {
    reviewerIds: letter.reviews.filter((r) => r.role === 'reviewer').map((r) => r.userId),
    signerId: letter.reviews.find((r) => r.role === 'signer')?.userId ?? '',
  };
  return (
    <LetterActionDialog
      {...dialog}
      title={t('outgoing.submitTitle')}
      submitLabel={t('outgoing.action.submit')}
      doneMessage={t('outgoing.done.submit')}
      mutation={useSubmitDraft(letter.id)}
      initial={initial}
      shownFields={['reviewerIds', 'signerId']}
    >
      {(f, err) => (
        <>
          <Text size="sm" c="dimmed">
            {letter.content.subject}
          </Text>
          <ReviewerChain
            value={f.values.reviewerIds}
            onChange={(ids) => f.set('reviewerIds', ids)}
            exclude={f.values.signerId ? [f.values.signerId] : []}
            error={err('reviewerIds')}
          />
          <SignerSelect
            value={f.values.signerId}
            onChange={(id) => f.set('signerId', id)}
            exclude={f.values.reviewerIds}
            error={err('signerId')}
          />
        </>
      )}
    </LetterActionDialog>
  );
}
