import { type Register, RegisterKind } from '@contracts/registers.contract.ts';
import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { OrgUnitSelect } from '@/features/org-units/OrgUnitSelect.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { IconBook, IconPlus } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { EmblemSetting } from '@/features/outgoing/EmblemSetting.tsx';
import { DigitStyleSetting } from './DigitStyleSetting.tsx';
import { RegisterForm } from './RegisterForm.tsx';
import { StartNumberEditor } from './StartNumberEditor.tsx';
import { useRegisters } from './registers.ts';

function RegisterCard({ register, onEdit }: { register: Register; onEdit: () => void }) {
  const t = useT();
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={register.name}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={600}>{register.name}</Text>
          <Text size="sm" c="dimmed">
            {register.orgUnitName}
          </Text>
        </div>
        <Group gap={4}>
          <Badge variant="light">{t(`registers.kind.${register.kind}`)}</Badge>
          {register.archived && (
            <Badge variant="light" color="gray">
              {t('registers.archived')}
            </Badge>
          )}
        </Group>
      </Group>
      <Group gap="lg" mt="xs">
        <div>
          <Text size="xs" c="dimmed">
            {t('registers.next')}
          </Text>
          <Text fw={700} size="lg">
            {register.nextFormatted}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('registers.lastNumber')} ({t('registers.year', { year: register.year.yearBE })})
          </Text>
          <Text fw={600}>{register.year.lastNumber || t('common.none')}</Text>
        </div>
      </Group>
      <Stack gap={4} mt="xs">
        <StartNumberEditor key={`${register.id}:${register.year.startNumber}`} register={register} />
      </Stack>
      <Group gap="xs" mt="sm">
        <Button
          size="xs"
          component={Link}
          to={`/admin/registers/${register.id}`}
          leftSection={<IconBook size={14} />}
        >
          {t('registers.openBook')}
        </Button>
        <Button size="xs" variant="default" onClick={onEdit}>
          {t('common.edit')}
        </Button>
      </Group>
    </Card>
  );
}

/** Registers per unit and kind, with the next number preview and this year's start number. */
export function RegisterList() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit');
  const kind = (params.get('kind') as RegisterKind | null) || null;
  const registers = useRegisters({ orgUnitId: unit, kind });
  const [editing, setEditing] = useState<Register | 'new' | null>(null);
  const update = (k: string, v: string | null) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };

  return (
    <Stack>
      <PageHeader
        title={t('registers.title')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('registers.add')}
          </Button>
        }
      />
      <DigitStyleSetting />
      <EmblemSetting />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OrgUnitSelect
          label={t('common.unit')}
          value={unit}
          onChange={(id) => update('unit', id)}
          clearable
          placeholder={t('common.all')}
        />
        <NativeSelect
          label={t('registers.filterKind')}
          value={kind ?? ''}
          onChange={(e) => update('kind', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('common.all') },
            ...RegisterKind.options.map((k) => ({ value: k, label: t(`registers.kind.${k}`) })),
          ]}
        />
      </SimpleGrid>
      <QueryState query={registers}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<IconBook size={26} />} title={t('registers.empty')} />
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {list.map((r) => (
                <RegisterCard key={r.id} register={r} onEdit={() => setEditing(r)} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      <FormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('registers.add') : t('registers.edit')}
      >
        {editing !== null && (
          <RegisterForm
            register={editing === 'new' ? undefined : editing}
            defaultUnitId={unit}
            onDone={() => setEditing(null)}
          />
        )}
      </FormModal>
    </Stack>
  );
}
