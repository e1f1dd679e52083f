import { Alert, Paper, Stack, Title } from '@mantine/core';
import { Perm } from '@/features/auth/permissions.ts';
import { useCan } from '@/features/auth/session.ts';
import { ReservationList } from '@/features/registers/ReservationList.tsx';
import { ReserveNumberForm } from '@/features/registers/ReserveNumberForm.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /reservations — จองเลขหนังสือภายนอก and the list of reservations. */
export default function ReservationsPage() {
  const t = useT();
  const canReserve = useCan(Perm.NumberReserve);
  return (
    <Stack>
      <PageHeader title={t('reservations.title')} />
      {canReserve ? (
        <Paper withBorder radius="md" p="md">
          <ReserveNumberForm />
        </Paper>
      ) : (
        <Alert color="gray">{t('reservations.noPermission')}</Alert>
      )}
      <Title order={3} size="h4">
        {t('reservations.list')}
      </Title>
      <ReservationList />
    </Stack>
  );
}
