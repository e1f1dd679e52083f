import {
  AppShell,
  Burger,
  Divider,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentSession, useLogout } from '@/features/auth/session.ts';
import { useQueueCounts } from '@/features/letters/letters.ts';
import { CountBadge } from '@/features/letters/QueueTabs.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { IconLogout, IconMail } from '@/ui/icons.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';
import { adminNav, incomingNav, letterNav, type NavItem, outgoingNav, visibleItems } from './nav-items.ts';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The agency user's frame: header with burger (phones), side navigation by permission, the page. */
export function AppLayout() {
  const t = useT();
  const session = useCurrentSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  // biome-ignore lint/correctness/useExhaustiveDependencies: the phone menu closes on every navigation
  useEffect(() => {
    close();
  }, [location.pathname, close]);

  const letters = visibleItems(letterNav, session.permissions);
  const incoming = visibleItems(incomingNav, session.permissions);
  const outgoing = visibleItems(outgoingNav, session.permissions);
  const admin = visibleItems(adminNav, session.permissions);
  const counts = useQueueCounts(incoming.some((i) => i.count));
  const link = (item: NavItem) => {
    const count = item.count ? counts.data?.[item.count] : undefined;
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={t(item.label)}
        rightSection={<CountBadge count={count} />}
        active={isActive(location.pathname, item.to)}
        aria-current={isActive(location.pathname, item.to) ? 'page' : undefined}
      />
    );
  };
  const group = (title: string, items: NavItem[]) =>
    items.length > 0 && (
      <>
        <Text size="xs" fw={600} c="dimmed" px="sm" pt="md" pb={4}>
          {title}
        </Text>
        {items.map(link)}
      </>
    );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <UnstyledButton
              component={Link}
              to="/"
              style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 }}
            >
              <IconMail size={22} />
              <Text fw={700} truncate>
                {t('app.short')}
              </Text>
              <Text size="sm" c="dimmed" truncate visibleFrom="xs">
                {session.tenant.nameTh}
              </Text>
            </UnstyledButton>
          </Group>
          <LanguageToggle />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('nav.menu')}>
        <AppShell.Section grow component={ScrollArea} p="xs">
          <Stack gap={2}>
            {letters.map(link)}
            {group(t('letters.incoming'), incoming)}
            {group(t('outgoing.title'), outgoing)}
            {group(t('nav.admin'), admin)}
          </Stack>
        </AppShell.Section>
        <AppShell.Section p="xs">
          <Divider mb="xs" />
          <NavLink
            component={Link}
            to="/account"
            label={session.user.displayName}
            description={`${session.user.username} · ${session.tenant.slug}`}
            active={isActive(location.pathname, '/account')}
          />
          <NavLink
            component="button"
            label={t('nav.logout')}
            leftSection={<IconLogout size={16} />}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
          />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
