import { Alert, Button, Stack } from '@mantine/core';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconShield } from '@/ui/icons.tsx';
import { useVerifyAudit } from './audit.ts';

/** "ตรวจสอบความถูกต้องของ log": re-checks the hash chain and says whether anything was altered. */
export function AuditVerifyButton() {
  const t = useT();
  const verify = useVerifyAudit();
  const r = verify.data;
  return (
    <Stack gap="xs">
      <Button
        variant="light"
        leftSection={<IconShield size={16} />}
        loading={verify.isPending}
        onClick={() => verify.mutate()}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('audit.verify')}
      </Button>
      <ErrorAlert error={verify.error} />
      {r && (
        <Alert color={r.ok ? 'teal' : 'red'} role="status">
          {r.ok
            ? t('audit.verifyOk', { checked: r.checked })
            : t('audit.verifyBroken', {
                seq: r.firstBroken?.seq ?? '?',
                reason: r.firstBroken?.reason ?? '',
                checked: r.checked,
              })}
        </Alert>
      )}
    </Stack>
  );
}
