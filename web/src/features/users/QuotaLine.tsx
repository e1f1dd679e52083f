import { Alert } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { useUserQuota } from './users.ts';

/** "จำนวนสูงสุดที่ขอใช้งาน : 60 คน จำนวนที่ใช้งานในปัจจุบัน : 59 คน", amber when the quota is reached. */
export function QuotaLine() {
  const t = useT();
  const quota = useUserQuota();
  if (!quota.data) return null;
  const full = quota.data.used >= quota.data.quota;
  return (
    <Alert variant="light" color={full ? 'orange' : 'saraban'} p="xs">
      {t('users.quota', { quota: quota.data.quota, used: quota.data.used })}
    </Alert>
  );
}
