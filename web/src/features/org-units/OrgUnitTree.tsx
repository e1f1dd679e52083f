import type { OrgUnit } from '@contracts/directory.contract.ts';
import { ActionIcon, Badge, Box, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { IconChevronDown, IconChevronRight, IconDots, IconPlus, IconTree } from '@/ui/icons.tsx';
import { OrgUnitForm } from './OrgUnitForm.tsx';
import { buildTree, type OrgUnitNode, useDeleteOrgUnit } from './org-units.ts';

type Editing = { mode: 'create'; parent: OrgUnit | null } | { mode: 'edit'; unit: OrgUnit } | null;

interface RowProps {
  node: OrgUnitNode;
  collapsed: Set<string>;
  toggle: (id: string) => void;
  onEdit: (e: Editing) => void;
  onDelete: (u: OrgUnit) => void;
}

function UnitRow({ node, collapsed, toggle, onEdit, onDelete }: RowProps) {
  const t = useT();
  const isCollapsed = collapsed.has(node.id);
  return (
    <li style={{ listStyle: 'none' }}>
      <Group
        gap={4}
        wrap="nowrap"
        py={6}
        pl={node.depth * 16}
        style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      >
        {node.children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => toggle(node.id)}
            aria-expanded={!isCollapsed}
            aria-label={node.nameTh}
          >
            {isCollapsed ? <IconChevronRight size={16} /> : <IconChevronDown size={16} />}
          </ActionIcon>
        ) : (
          <Box w={22} />
        )}
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={node.depth === 0 ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
            {node.nameTh}
            {node.shortName ? <Text span c="dimmed" size="sm">{` (${node.shortName})`}</Text> : null}
          </Text>
        </Box>
        {node.ownerNumber && (
          <Badge variant="light" color="gray" radius="sm" style={{ flexShrink: 0 }}>
            {node.ownerNumber}
          </Badge>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('orgUnits.manage', { name: node.nameTh })}
            >
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onEdit({ mode: 'create', parent: node })}>
              {t('orgUnits.addChild')}
            </Menu.Item>
            <Menu.Item onClick={() => onEdit({ mode: 'edit', unit: node })}>{t('common.edit')}</Menu.Item>
            <Menu.Item color="red" onClick={() => onDelete(node)}>
              {t('common.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {!isCollapsed && node.children.length > 0 && (
        <ul style={{ margin: 0, padding: 0 }}>
          {node.children.map((c) => (
            <UnitRow
              key={c.id}
              node={c}
              collapsed={collapsed}
              toggle={toggle}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The agency's structure as a collapsible tree, with add-child, edit and delete (confirmed) per unit. */
export function OrgUnitTree({ units }: { units: OrgUnit[] }) {
  const t = useT();
  const tree = useMemo(() => buildTree(units), [units]);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<OrgUnit | null>(null);
  const remove = useDeleteOrgUnit();
  const toggle = (id: string) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const formTitle =
    editing?.mode === 'edit'
      ? t('orgUnits.edit')
      : editing?.parent
        ? t('orgUnits.addChildOf', { name: editing.parent.nameTh })
        : t('orgUnits.addRoot');

  return (
    <Stack>
      <Group>
        <Button
          leftSection={<IconPlus size={16} />}
          variant="light"
          onClick={() => setEditing({ mode: 'create', parent: null })}
        >
          {t('orgUnits.addRoot')}
        </Button>
      </Group>
      {tree.length === 0 ? (
        <EmptyState
          icon={<IconTree size={26} />}
          title={t('orgUnits.empty')}
          hint={t('orgUnits.emptyHint')}
        />
      ) : (
        <Paper withBorder radius="md" px="xs">
          <ul style={{ margin: 0, padding: 0 }} aria-label={t('orgUnits.title')}>
            {tree.map((n) => (
              <UnitRow
                key={n.id}
                node={n}
                collapsed={collapsed}
                toggle={toggle}
                onEdit={setEditing}
                onDelete={setDeleting}
              />
            ))}
          </ul>
        </Paper>
      )}
      <FormModal opened={editing !== null} onClose={() => setEditing(null)} title={formTitle}>
        {editing && (
          <OrgUnitForm
            key={editing.mode === 'edit' ? editing.unit.id : `new:${editing.parent?.id ?? ''}`}
            unit={editing.mode === 'edit' ? editing.unit : undefined}
            parentId={editing.mode === 'create' ? (editing.parent?.id ?? null) : null}
            onDone={() => setEditing(null)}
          />
        )}
      </FormModal>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        message={t('common.deleteConfirm', { name: deleting?.nameTh ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={() => (deleting ? remove.mutateAsync(deleting.id) : undefined)}
      />
    </Stack>
  );
}
