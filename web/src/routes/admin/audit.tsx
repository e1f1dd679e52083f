import { AuditLog } from '@/features/audit/AuditLog.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';

/** /admin/audit — the audit log browser and chain verification. */
export default function AuditPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <AuditLog />
    </>
  );
}
