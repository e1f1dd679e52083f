import type { SessionInfo } from '@contracts/auth.contract.ts';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { visibleQueues } from '@/features/letters/queues.ts';
import { adminNav, letterNav, visibleItems } from '@/features/shell/nav-items.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconMail } from '@/ui/icons.tsx';
import { MyLetters } from './MyLetters.tsx';

/**
 * The home page: who you are, your roles per unit, your letter queues with their counts (for those who
 * work with letters) and admin shortcuts.
 */
export function Welcome({ session }: { session: SessionInfo }) {
  const t = useT();
  const shortcuts = [
    ...visibleItems(letterNav, session.permissions).filter((i) => i.to !== '/'),
    ...visibleItems(adminNav, session.permissions),
  ];
  // The queues that count waiting letters (รอลงรับ, รอพิจารณา, ได้รับมอบหมาย) this user may open.
  const queues = visibleQueues(session.permissions).filter((q) => q.count);
  return (
    <Stack>
      <div>
        <Title order={2} size="h3">
          {t('home.welcome', { name: session.user.displayName })}
        </Title>
        <Text c="dimmed" size="sm">
          {t('home.agency', { name: session.tenant.nameTh })}
        </Text>
      </div>
      <Card withBorder radius="md" component="section" aria-label={t('home.roles')}>
        <Text fw={600} mb="xs">
          {t('home.roles')}
        </Text>
        {session.grants.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('home.noRoles')}
          </Text>
        ) : (
          <Group gap="xs">
            {session.grants.map((g) => (
              <Badge
                key={`${g.roleId}:${g.orgUnitId}`}
                variant="light"
                size="lg"
                radius="sm"
                tt="none"
                fw={500}
                style={{ height: 'auto', whiteSpace: 'normal', paddingBlock: 4 }}
              >
                {t('home.roleAt', { role: g.roleName, unit: g.orgUnitName })}
              </Badge>
            ))}
          </Group>
        )}
      </Card>
      <Card withBorder radius="md" component="section" aria-label={t('home.letters')}>
        {queues.length > 0 ? (
          <MyLetters queues={queues} permissions={session.permissions} />
        ) : (
          <>
            <Text fw={600}>{t('home.letters')}</Text>
            <EmptyState
              icon={<IconMail size={26} />}
              title={t('home.noLetters')}
              hint={t('home.noLettersHint')}
            />
          </>
        )}
      </Card>
      {shortcuts.length > 0 && (
        <Card withBorder radius="md" component="section" aria-label={t('home.shortcuts')}>
          <Text fw={600} mb="xs">
            {t('home.shortcuts')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            {shortcuts.map((item) => (
              <Anchor key={item.to} component={Link} to={item.to}>
                {t(item.label)}
              </Anchor>
            ))}
          </SimpleGrid>
        </Card>
      )}
    </Stack>
  );
}
