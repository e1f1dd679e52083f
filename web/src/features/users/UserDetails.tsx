import type { User } from '@contracts/directory.contract.ts';
import { Divider, Stack } from '@mantine/core';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { InfoList } from '@/ui/InfoList.tsx';
import { RoleAssignmentList } from './RoleAssignmentTable.tsx';
import { UserState } from './UserState.tsx';

/**
 * A user account read-only, for the administrators who may read users but not change them (signatures:
 * นำเข้าลายเซ็น is on the same page): its state, dates, note and role assignments.
 */
export function UserDetails({ user }: { user: User }) {
  const { t, lang } = useI18n();
  return (
    <Stack>
      <UserState user={user} />
      <InfoList
        items={[
          { label: t('users.username'), value: user.username },
          { label: t('users.displayName'), value: user.displayName },
          { label: t('users.startsOn'), value: formatThaiDate(user.startsOn, lang) },
          { label: t('users.endsOn'), value: formatThaiDate(user.endsOn, lang) },
          { label: t('common.note'), value: user.note },
        ]}
      />
      <Divider />
      <RoleAssignmentList rows={user.roles} />
    </Stack>
  );
}
