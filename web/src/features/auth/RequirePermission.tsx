import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { IconShield } from '@/ui/icons.tsx';
import { useSession } from './session.ts';

/** Shows the page only to users holding one of `anyOf`; others see a polite refusal. */
export function RequirePermission({ anyOf, children }: { anyOf: string[]; children: ReactNode }) {
  const t = useT();
  const { data } = useSession();
  const allowed = anyOf.some((p) => data?.permissions.includes(p));
  if (!allowed)
    return (
      <EmptyState
        icon={<IconShield size={26} />}
        title={t('error.forbidden')}
        hint={t('error.forbiddenHint')}
      />
    );
  return <>{children}</>;
}
