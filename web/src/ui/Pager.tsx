import { Group, Pagination, Text } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';

/** Offset pagination under a list: "รายการที่ 1–50 จาก 120" and page buttons. */
export function Pager({
  total,
  limit,
  offset,
  onChange,
}: {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}) {
  const t = useT();
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  return (
    <Group justify="space-between" gap="xs" mt="sm" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('common.pageOf', { from: offset + 1, to: Math.min(offset + limit, total), total })}
      </Text>
      {pages > 1 && (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={(p) => onChange((p - 1) * limit)}
          siblings={0}
          getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
        />
      )}
    </Group>
  );
}
