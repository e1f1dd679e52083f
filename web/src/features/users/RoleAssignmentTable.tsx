import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { OrgUnitSelect } from '@/features/org-units/OrgUnitSelect.tsx';
import { useRoles } from '@/features/roles/roles.ts';
import { fieldError } from '@/lib/forms.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { type Column, DataList } from '@/ui/DataList.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconPlus } from '@/ui/icons.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';

/** One row of the table: a role in a unit, with optional dates. */
export interface AssignmentRow {
  id: string;
  roleId: string;
  roleName: string;
  orgUnitId: string;
  orgUnitName: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** What the add form produces. */
export interface NewAssignment {
  roleId: string;
  orgUnitId: string;
  startsOn: string | null;
  endsOn: string | null;
}

interface Props {
  rows: AssignmentRow[];
  onAdd: (a: NewAssignment, names: { roleName: string; orgUnitName: string }) => Promise<unknown>;
  onRemove: (row: AssignmentRow) => Promise<unknown>;
  unitName: (id: string) => string;
}

/**
 * The deck's "ข้อมูลการทำงานในระบบสารบรรณ" list: หน่วยงานที่รับผิดชอบ / บทบาทที่ได้รับ / dates, each row with
 * `actions` when given (read-only without). `children` go under it (the add form).
 */
export function RoleAssignmentList({
  rows,
  actions,
  children,
}: {
  rows: AssignmentRow[];
  actions?: (row: AssignmentRow) => ReactNode;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const columns: Column<AssignmentRow>[] = [
    { key: 'unit', header: t('users.roleUnit'), render: (r) => r.orgUnitName },
    { key: 'role', header: t('users.role'), primary: true, render: (r) => r.roleName },
    {
      key: 'start',
      header: t('users.roleStartsOn'),
      render: (r) => formatThaiDate(r.startsOn, lang) || t('common.none'),
    },
    {
      key: 'end',
      header: t('users.roleEndsOn'),
      render: (r) => formatThaiDate(r.endsOn, lang) || t('common.none'),
    },
  ];
  return (
    <Stack gap="sm" component="section" aria-label={t('users.roles')}>
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('users.roles')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('users.rolesCount', { count: rows.length })}
        </Text>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('users.noRoles')}
        </Text>
      ) : (
        <DataList
          label={t('users.roles')}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.id}
          minWidth={560}
          actions={actions}
        />
      )}
      {children}
    </Stack>
  );
}

/** The role list with remove on each row and a form to add a role in a unit (for the user administrator). */
export function RoleAssignmentTable({ rows, onAdd, onRemove, unitName }: Props) {
  const { t, lang } = useI18n();
  const roles = useRoles();
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [roleId, setRoleId] = useState('');
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const roleName = (id: string) => {
    const r = roles.data?.find((x) => x.id === id);
    return r ? (lang === 'en' && r.nameEn ? r.nameEn : r.nameTh) : '';
  };

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await onAdd(
        { roleId, orgUnitId: orgUnitId ?? '', startsOn, endsOn },
        { roleName: roleName(roleId), orgUnitName: orgUnitId ? unitName(orgUnitId) : '' },
      );
      setRoleId('');
      setStartsOn(null);
      setEndsOn(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <RoleAssignmentList
      rows={rows}
      actions={(r) => (
        <ConfirmButton
          size="xs"
          variant="subtle"
          ariaLabel={`${t('users.removeRole')} ${r.roleName} ${r.orgUnitName}`}
          message={t('users.removeRoleConfirm', { role: r.roleName, unit: r.orgUnitName })}
          confirmLabel={t('users.removeRole')}
          onConfirm={() => onRemove(r)}
        >
          {t('common.delete')}
        </ConfirmButton>
      )}
    >
      <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)">
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <OrgUnitSelect
              label={t('users.roleUnit')}
              value={orgUnitId}
              onChange={setOrgUnitId}
              error={fieldError(error, 'orgUnitId')}
            />
            <NativeSelect
              label={t('users.role')}
              value={roleId}
              onChange={(e) => setRoleId(e.currentTarget.value)}
              error={fieldError(error, 'roleId')}
              data={[
                { value: '', label: '—' },
                ...(roles.data ?? []).map((r) => ({
                  value: r.id,
                  label: lang === 'en' && r.nameEn ? r.nameEn : r.nameTh,
                })),
              ]}
            />
            <ThaiDateInput
              label={t('users.roleStartsOn')}
              value={startsOn}
              onChange={setStartsOn}
              error={fieldError(error, 'startsOn')}
            />
            <ThaiDateInput
              label={t('users.roleEndsOn')}
              value={endsOn}
              onChange={setEndsOn}
              error={fieldError(error, 'endsOn')}
              min={startsOn ?? undefined}
            />
          </SimpleGrid>
          <ErrorAlert error={error} shownFields={['orgUnitId', 'roleId', 'startsOn', 'endsOn']} />
          <Button
            leftSection={<IconPlus size={14} />}
            variant="light"
            onClick={add}
            loading={busy}
            disabled={!roleId || !orgUnitId}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('users.addRole')}
          </Button>
        </Stack>
      </Paper>
    </RoleAssignmentList>
  );
}
