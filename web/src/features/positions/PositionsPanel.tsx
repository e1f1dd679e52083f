import type { Position } from '@contracts/directory.contract.ts';
import { Badge, Button, Card, Collapse, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { OrgUnitSelect } from '@/features/org-units/OrgUnitSelect.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { IconPlus } from '@/ui/icons.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { AppointmentList } from './AppointmentList.tsx';
import { PositionForm } from './PositionForm.tsx';
import { useDeletePosition, usePositions } from './positions.ts';

function PositionCard({ position, onEdit }: { position: Position; onEdit: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const remove = useDeletePosition();
  return (
    <Card withBorder radius="md" padding="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6}>
            <Text fw={600}>{position.titleTh}</Text>
            {position.isExecutive && (
              <Badge size="sm" variant="light" color="orange">
                {t('positions.executive')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {position.signatureTitle}
          </Text>
        </div>
        <Group gap={6}>
          <Button size="xs" variant="default" onClick={onEdit}>
            {t('common.edit')}
          </Button>
          <ConfirmButton
            size="xs"
            variant="subtle"
            message={t('common.deleteConfirm', { name: position.titleTh })}
            confirmLabel={t('common.delete')}
            onConfirm={() => remove.mutateAsync(position.id)}
          >
            {t('common.delete')}
          </ConfirmButton>
        </Group>
      </Group>
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('positions.showAppointments', { title: position.titleTh })}
      </Button>
      <Collapse in={open}>{open && <AppointmentList position={position} />}</Collapse>
    </Card>
  );
}

/** Positions of the chosen unit (kept in the URL), each with its appointments. */
export function PositionsPanel() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit');
  const positions = usePositions(unitId);
  const [editing, setEditing] = useState<Position | 'new' | null>(null);

  return (
    <Stack>
      <OrgUnitSelect
        label={t('common.unit')}
        value={unitId}
        onChange={(id) => setParams(id ? { unit: id } : {}, { replace: true })}
      />
      {!unitId ? (
        <EmptyState title={t('positions.pickUnit')} />
      ) : (
        <>
          <Group>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('positions.add')}
            </Button>
          </Group>
          <QueryState query={positions}>
            {(list) =>
              list.length === 0 ? (
                <EmptyState title={t('positions.empty')} />
              ) : (
                <Stack gap="sm">
                  {list.map((p) => (
                    <PositionCard key={p.id} position={p} onEdit={() => setEditing(p)} />
                  ))}
                </Stack>
              )
            }
          </QueryState>
          <FormModal
            opened={editing !== null}
            onClose={() => setEditing(null)}
            title={editing === 'new' ? t('positions.add') : t('positions.edit')}
          >
            {editing !== null && (
              <PositionForm
                orgUnitId={unitId}
                position={editing === 'new' ? undefined : editing}
                onDone={() => setEditing(null)}
              />
            )}
          </FormModal>
        </>
      )}
    </Stack>
  );
}
