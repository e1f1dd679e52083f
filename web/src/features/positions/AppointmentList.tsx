import type { Appointment, Position } from '@contracts/directory.contract.ts';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate, todayInBangkok } from '@/lib/thai-date.ts';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { IconPlus } from '@/ui/icons.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';
import { AppointmentForm } from './AppointmentForm.tsx';
import { useAppointments, useDeleteAppointment, useEndAppointment } from './positions.ts';

function kindLabel(a: Appointment, t: ReturnType<typeof useI18n>['t']): string {
  const kind = t(`appointments.kind.${a.kind}`);
  return a.kind === 'committee' && a.committeeRole
    ? `${kind} · ${t(`appointments.role.${a.committeeRole}`)}`
    : kind;
}

/** Who holds a position (and held it): appoint, end an appointment on a date, delete a mistaken one. */
export function AppointmentList({ position }: { position: Position }) {
  const { t, lang } = useI18n();
  const appointments = useAppointments(position.id);
  const end = useEndAppointment();
  const remove = useDeleteAppointment();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Appointment | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(todayInBangkok());
  const today = todayInBangkok();

  return (
    <Stack gap="xs">
      <QueryState query={appointments}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('positions.noAppointments')}
            </Text>
          ) : (
            <Stack gap={6}>
              {list.map((a) => {
                const ended = a.endsOn !== null && a.endsOn < today;
                return (
                  <Group
                    key={a.id}
                    justify="space-between"
                    gap="xs"
                    wrap="wrap"
                    style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
                    pt={6}
                  >
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600}>
                        {a.personName}
                      </Text>
                      <Group gap={6}>
                        <Badge size="sm" variant="light" color={a.kind === 'regular' ? 'saraban' : 'grape'}>
                          {kindLabel(a, t)}
                        </Badge>
                        {ended && (
                          <Badge size="sm" variant="light" color="gray">
                            {t('appointments.ended')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t('appointments.period', {
                          from: formatThaiDate(a.startsOn, lang),
                          to: a.endsOn ? formatThaiDate(a.endsOn, lang) : t('appointments.current'),
                        })}
                        {a.authorityRef ? ` · ${a.authorityRef}` : ''}
                      </Text>
                    </div>
                    <Group gap={6}>
                      {a.endsOn === null && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => {
                            setEndsOn(today);
                            setEnding(a);
                          }}
                        >
                          {t('appointments.end')}
                        </Button>
                      )}
                      <ConfirmButton
                        size="xs"
                        variant="subtle"
                        message={t('common.deleteConfirm', { name: a.personName })}
                        confirmLabel={t('common.delete')}
                        onConfirm={() => remove.mutateAsync(a.id)}
                      >
                        {t('common.delete')}
                      </ConfirmButton>
                    </Group>
                  </Group>
                );
              })}
            </Stack>
          )
        }
      </QueryState>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} />}
        onClick={() => setAdding(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('appointments.add')}
      </Button>
      <FormModal
        opened={adding}
        onClose={() => setAdding(false)}
        title={`${t('appointments.add')}: ${position.titleTh}`}
      >
        {adding && <AppointmentForm position={position} onDone={() => setAdding(false)} />}
      </FormModal>
      <ConfirmModal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title={t('appointments.end')}
        message={ending ? `${ending.personName} — ${position.titleTh}` : ''}
        confirmLabel={t('appointments.end')}
        confirmDisabled={!endsOn}
        onConfirm={() => (ending && endsOn ? end.mutateAsync({ id: ending.id, endsOn }) : undefined)}
      >
        <ThaiDateInput label={t('appointments.endOn')} value={endsOn} onChange={setEndsOn} required />
      </ConfirmModal>
    </Stack>
  );
}
