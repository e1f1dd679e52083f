import type { PermissionInfo, Role } from '@contracts/directory.contract.ts';
import { Anchor, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { useI18n } from '@/lib/i18n/index.tsx';
import { IconCheck } from '@/ui/icons.tsx';
import { groupPermissions } from './permission-groups.ts';

/** The deck's role table: one row per function, one column per role, ✓ where granted. */
export function RoleMatrix({
  roles,
  permissions,
}: {
  roles: Role[];
  permissions: z.infer<typeof PermissionInfo>[];
}) {
  const { t, lang } = useI18n();
  const groupLabel = (g: string) =>
    g === 'letters' ? t('roles.group.letters') : g === 'admin' ? t('roles.group.admin') : g;
  return (
    <Table.ScrollContainer minWidth={Math.max(480, 220 + roles.length * 96)}>
      <Table withTableBorder withColumnBorders striped aria-label={t('roles.matrix')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th
              style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}
            >
              {t('roles.permission')}
            </Table.Th>
            {roles.map((r) => (
              <Table.Th key={r.id} ta="center" style={{ verticalAlign: 'bottom' }}>
                <Anchor component={Link} to={`/admin/roles/${r.id}`} size="sm">
                  {lang === 'en' && r.nameEn ? r.nameEn : r.nameTh}
                </Anchor>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groupPermissions(permissions).map(({ group, items }) => (
            <Fragment key={group}>
              <Table.Tr>
                <Table.Td colSpan={roles.length + 1} bg="var(--mantine-color-gray-1)">
                  <Text fw={700} size="sm">
                    {groupLabel(group)}
                  </Text>
                </Table.Td>
              </Table.Tr>
              {items.map((p) => (
                <Table.Tr key={p.key}>
                  <Table.Td style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>
                    {lang === 'en' ? p.en : p.th}
                  </Table.Td>
                  {roles.map((r) => {
                    const has = r.permissions.includes(p.key);
                    return (
                      <Table.Td key={r.id} ta="center" c="teal.8" aria-label={has ? '✓' : '—'}>
                        {has ? <IconCheck size={16} /> : ''}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
