import { OrgUnitTree } from '@/features/org-units/OrgUnitTree.tsx';
import { useOrgUnits } from '@/features/org-units/org-units.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

/** /admin/org-units — the agency's structure. */
export default function OrgUnitsPage() {
  const t = useT();
  const units = useOrgUnits();
  return (
    <>
      <PageHeader title={t('orgUnits.title')} />
      <QueryState query={units}>{(data) => <OrgUnitTree units={data} />}</QueryState>
    </>
  );
}
