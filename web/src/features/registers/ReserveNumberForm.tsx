import { Alert, Button, Select, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useRegisters, useReserveNumber } from './registers.ts';

/** จองเลขหนังสือภายนอก: pick a dispatch or circular register, give the reason, get the number. */
export function ReserveNumberForm() {
  const t = useT();
  const registers = useRegisters({});
  const reserve = useReserveNumber();
  const [registerId, setRegisterId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const options = useMemo(
    () =>
      (registers.data ?? [])
        .filter((r) => (r.kind === 'dispatch' || r.kind === 'circular') && !r.archived)
        .map((r) => ({
          value: r.id,
          label: `${r.name.includes(r.orgUnitName) ? r.name : `${r.name} — ${r.orgUnitName}`} (${r.nextFormatted})`,
        })),
    [registers.data],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    reserve.mutate({ registerId: registerId ?? '', reason }, { onSuccess: () => setReason('') });
  };

  if (registers.isSuccess && options.length === 0) {
    return <Alert color="gray">{t('reservations.noRegisters')}</Alert>;
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('reservations.register')}
          data={options}
          value={registerId}
          onChange={setRegisterId}
          error={fieldError(reserve.error, 'registerId')}
          required
          placeholder={t('reservations.pick')}
          searchable
          nothingFoundMessage={t('common.noResults')}
          disabled={registers.isPending}
        />
        <Textarea
          label={t('reservations.reason')}
          description={t('reservations.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fieldError(reserve.error, 'reason')}
          required
          autosize
          minRows={2}
        />
        <ErrorAlert error={registers.error ?? reserve.error} shownFields={['registerId', 'reason']} />
        {reserve.data && (
          <Alert
            color="teal"
            role="status"
            title={t('reservations.reserved', { number: reserve.data.formatted })}
          >
            {reserve.data.reason}
          </Alert>
        )}
        <Button type="submit" loading={reserve.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('reservations.reserve')}
        </Button>
      </Stack>
    </form>
  );
}
