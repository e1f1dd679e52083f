import type { User } from '@contracts/directory.contract.ts';
import { Badge, Group, Text } from '@mantine/core';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDateTime } from '@/lib/thai-date.ts';

/** True while the account is locked after failed log-ins. */
export const isLocked = (user: User) => user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();

/** The account's state: ใช้งาน or ไม่อนุญาตให้ใช้งาน, ถูกล็อก while locked, and the last log-in. */
export function UserState({ user }: { user: User }) {
  const { t, lang } = useI18n();
  return (
    <Group gap="xs">
      {user.disabled ? (
        <Badge color="red" variant="light">
          {t('users.statusDisabled')}
        </Badge>
      ) : (
        <Badge color="teal" variant="light">
          {t('users.statusActive')}
        </Badge>
      )}
      {isLocked(user) && (
        <Badge color="orange" variant="light">
          {t('users.statusLocked')}
        </Badge>
      )}
      {user.lastLoginAt && (
        <Text size="sm" c="dimmed">
          {t('users.lastLogin')}: {formatThaiDateTime(user.lastLoginAt, lang)}
        </Text>
      )}
    </Group>
  );
}
