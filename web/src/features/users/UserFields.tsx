import type { User } from '@contracts/directory.contract.ts';
import { Checkbox, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { PersonPicker } from '@/features/people/PersonPicker.tsx';
import type { FieldErrorOf, Fields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';

/** A user account's own settings, as the new-user and edit-user forms hold them. */
export type UserValues = Pick<User, 'personId' | 'displayName' | 'startsOn' | 'endsOn' | 'disabled' | 'note'>;

/**
 * Display name, linked person, period of use, disabled and note: shared by the new-user and edit-user
 * forms. `username` sits beside the display name; `credentials` (new accounts only) follow them.
 */
export function UserFields({
  f,
  err,
  username,
  credentials,
  initialPersonName,
}: {
  f: Fields<UserValues>;
  err: FieldErrorOf;
  username: ReactNode;
  credentials?: ReactNode;
  initialPersonName?: string;
}) {
  const t = useT();
  const v = f.values;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('users.displayName')}
          {...f.text('displayName')}
          error={err('displayName')}
          required
        />
        {username}
      </SimpleGrid>
      {credentials}
      <PersonPicker
        label={t('users.person')}
        description={t('users.personHint')}
        value={v.personId}
        onChange={(id) => f.set('personId', id)}
        error={err('personId')}
        initialName={initialPersonName}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ThaiDateInput
          label={t('users.startsOn')}
          value={v.startsOn}
          onChange={(d) => f.set('startsOn', d)}
          error={err('startsOn')}
        />
        <ThaiDateInput
          label={t('users.endsOn')}
          value={v.endsOn}
          onChange={(d) => f.set('endsOn', d)}
          error={err('endsOn')}
          min={v.startsOn ?? undefined}
        />
      </SimpleGrid>
      <Checkbox
        label={t('users.disabled')}
        checked={v.disabled}
        onChange={(e) => f.set('disabled', e.currentTarget.checked)}
      />
      <Textarea label={t('common.note')} {...f.text('note')} error={err('note')} autosize minRows={2} />
    </>
  );
}
