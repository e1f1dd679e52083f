import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useLetterRoute } from '@/features/letters/letters.ts';
import { LetterRouteView } from '@/features/letters/LetterRouteView.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /letters/:id/route — เส้นทางหนังสือ, printable on A4. */
export default function LetterRoutePage() {
  const t = useT();
  const { id = '' } = useParams();
  const route = useLetterRoute(id);
  return (
    <>
      <Anchor component={Link} to={`/letters/${id}`} size="sm" className="no-print">
        ‹ {t('letters.backToLetter')}
      </Anchor>
      <PageHeader title={t('letters.route')} subtitle={route.data?.letter.subject} />
      <QueryState query={route}>{(r) => <LetterRouteView route={r} />}</QueryState>
    </>
  );
}
