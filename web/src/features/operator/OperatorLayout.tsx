import { AppShell, Burger, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageToggle } from '@/features/shell/LanguageToggle.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconLogout, IconShield } from '@/ui/icons.tsx';
import { LoadingState } from '@/ui/LoadingState.tsx';
import { useOperatorLogout, useOperatorSession } from './operator-session.ts';

const items = [
  { to: '/operator', label: 'nav.agencies' as const, exact: true },
  { to: '/operator/statistics', label: 'nav.statistics' as const, exact: false },
];

/** The operator's frame; sends anyone without an operator session to /operator/login. */
export function OperatorLayout() {
  const t = useT();
  const session = useOperatorSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useOperatorLogout();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the phone menu closes on every navigation
  useEffect(() => {
    close();
  }, [location.pathname, close]);

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) return <Navigate to="/operator/login" replace />;

  const active = (to: string, exact: boolean) =>
    exact
      ? location.pathname === to || location.pathname.startsWith('/operator/agencies')
      : location.pathname.startsWith(to);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header bg="var(--mantine-color-dark-7)" c="white">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              color="white"
              aria-label={t('nav.menu')}
            />
            <IconShield size={20} />
            <Text fw={700} truncate>
              {t('operator.title')}
            </Text>
          </Group>
          <LanguageToggle color="gray.2" />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.menu')}>
        <Stack gap={2} style={{ flex: 1 }}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.label)}
              active={active(item.to, item.exact)}
              aria-current={active(item.to, item.exact) ? 'page' : undefined}
            />
          ))}
        </Stack>
        <Divider my="xs" />
        <NavLink
          label={session.data.operator.displayName}
          description={session.data.operator.username}
          disabled
        />
        <NavLink
          component="button"
          label={t('nav.logout')}
          leftSection={<IconLogout size={16} />}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/operator/login') })}
        />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
