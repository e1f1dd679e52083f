import { Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQueueCounts } from '@/features/letters/letters.ts';
import { type QueueDefinition, queuePath } from '@/features/letters/queues.ts';
import { incomingNav, visibleItems } from '@/features/shell/nav-items.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconChevronRight, IconPlus } from '@/ui/icons.tsx';

const REGISTER_PATH = '/letters/new';

/** One queue as a full-width row: its name, how many letters wait in it, and a chevron. */
function QueueRow({
  queue,
  count,
  loading,
}: {
  queue: QueueDefinition;
  count: number | undefined;
  loading: boolean;
}) {
  const t = useT();
  return (
    <Card
      component={Link}
      to={queuePath(queue.name)}
      withBorder
      radius="md"
      padding="sm"
      mih={52}
      style={{ color: 'inherit', textDecoration: 'none', justifyContent: 'center' }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text fw={500}>{t(queue.label)}</Text>
        <Group gap={4} wrap="nowrap">
          {loading ? (
            <Loader size="xs" aria-label={t('common.loading')} />
          ) : (
            <Text fw={700} size="lg" c={count ? 'saraban.7' : 'dimmed'}>
              {count ?? t('common.none')}
            </Text>
          )}
          <IconChevronRight size={18} aria-hidden />
        </Group>
      </Group>
    </Card>
  );
}

/**
 * หนังสือของฉัน for someone who works with letters: the counted queues (รอลงรับ, รอพิจารณา, ได้รับมอบหมาย)
 * they may open, each linking to its list, how many are still unread, and ลงทะเบียนรับหนังสือ for the
 * registry (the same gate as the navigation's link).
 */
export function MyLetters({
  queues,
  permissions,
}: {
  queues: QueueDefinition[];
  permissions: readonly string[];
}) {
  const t = useT();
  const counts = useQueueCounts(true);
  const register = visibleItems(incomingNav, permissions).find((i) => i.to === REGISTER_PATH);
  const waiting = queues.reduce((sum, q) => sum + (q.count ? (counts.data?.[q.count] ?? 0) : 0), 0);
  const unread = counts.data?.unread ?? 0;
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t('home.letters')}</Text>
        {unread > 0 && (
          <Badge variant="light" size="lg" radius="sm" tt="none" fw={500}>
            {t('home.unread', { count: unread })}
          </Badge>
        )}
      </Group>
      <Stack
        component="ul"
        gap="xs"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('letters.incoming')}
      >
        {queues.map((q) => (
          <li key={q.name}>
            <QueueRow
              queue={q}
              count={q.count ? counts.data?.[q.count] : undefined}
              loading={counts.isPending}
            />
          </li>
        ))}
      </Stack>
      {counts.isError && <ErrorAlert error={counts.error} />}
      {counts.isSuccess && waiting === 0 && (
        <Text size="sm" c="dimmed">
          {t('home.nothingWaiting')}
        </Text>
      )}
      {register && (
        <Button component={Link} to={register.to} h={48} fullWidth leftSection={<IconPlus size={18} />}>
          {t(register.label)}
        </Button>
      )}
    </Stack>
  );
}
