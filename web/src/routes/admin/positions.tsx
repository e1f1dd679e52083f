import { PositionsPanel } from '@/features/positions/PositionsPanel.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /admin/positions — positions per unit and who is appointed to them. */
export default function PositionsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('positions.title')} />
      <PositionsPanel />
    </>
  );
}
