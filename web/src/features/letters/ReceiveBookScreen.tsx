import { NativeSelect, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { Perm } from '@/features/auth/permissions.ts';
import { useCurrentSession } from '@/features/auth/session.ts';
import { useRegisters } from '@/features/registers/registers.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconBook } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { ReceiveBookView } from './ReceiveBookView.tsx';

/**
 * ทะเบียนหนังสือรับ for registry clerks: the receive registers of the units they work for (all of them for
 * a register admin), one chosen at a time (kept in the URL).
 */
export function ReceiveBookScreen() {
  const t = useT();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const registers = useRegisters({ kind: 'receive' });
  const units = new Set(session.grants.map((g) => g.orgUnitId));
  const all = session.permissions.includes(Perm.Registers);

  return (
    <Stack>
      <PageHeader title={t('registers.kind.receive')} />
      <QueryState query={registers}>
        {(list) => {
          const mine = list.filter((r) => all || units.has(r.orgUnitId));
          if (mine.length === 0)
            return <EmptyState icon={<IconBook size={26} />} title={t('registers.empty')} />;
          const chosen = mine.find((r) => r.id === params.get('register')) ?? mine[0];
          return (
            <>
              {mine.length > 1 && (
                <NativeSelect
                  label={t('letters.receiveRegister')}
                  value={chosen?.id}
                  onChange={(e) => setParams({ register: e.currentTarget.value }, { replace: true })}
                  data={mine.map((r) => ({ value: r.id, label: `${r.name} (${r.orgUnitName})` }))}
                  size="md"
                />
              )}
              {chosen && <ReceiveBookView key={chosen.id} registerId={chosen.id} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
