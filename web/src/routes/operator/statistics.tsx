import { UsageStatisticsView } from '@/features/operator/UsageStatisticsView.tsx';
import { useStatistics } from '@/features/operator/tenants.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /operator/statistics — usage of the whole service. */
export default function StatisticsPage() {
  const t = useT();
  const stats = useStatistics();
  return (
    <>
      <PageHeader title={t('stats.title')} />
      <QueryState query={stats}>{(data) => <UsageStatisticsView stats={data} />}</QueryState>
    </>
  );
}
