import type { Tenant } from '@contracts/tenancy.contract.ts';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { AGENCY_FIELDS, AgencyFields } from './AgencyFields.tsx';
import { useUpdateTenant } from './tenants.ts';

/** The operator edits an agency: names, codes, quota, digits; and suspends or reactivates it. */
export function EditAgencyForm({ tenant }: { tenant: Tenant }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const update = useUpdateTenant(tenant.id);
  const status = useUpdateTenant(tenant.id);
  const f = useFields({
    nameTh: tenant.nameTh,
    nameEn: tenant.nameEn,
    ministry: tenant.ministry,
    department: tenant.department,
    letterCode: tenant.letterCode,
    ownerNumber: tenant.ownerNumber,
    userQuota: tenant.userQuota as number | string,
    digitStyle: tenant.digitStyle,
  });
  const v = f.values;
  const err = (path: string) => fieldError(update.error, path);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ ...v, userQuota: Number(v.userQuota) }, { onSuccess: () => notify(t('operator.saved')) });
  };
  const suspended = tenant.status === 'suspended';

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" gap="xs">
          <div>
            <Text size="sm" c="dimmed">
              {t('login.tenant')}: <b>{tenant.slug}</b>
            </Text>
            <Text size="sm" c="dimmed">
              {t('operator.users')}:{' '}
              {t('operator.usersOf', { used: tenant.usersInUse, quota: tenant.userQuota })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('operator.createdAt')}: {formatThaiDate(tenant.createdAt, lang)}
            </Text>
          </div>
          <Badge color={suspended ? 'red' : 'teal'} variant="light" size="lg">
            {t(`operator.status.${tenant.status}`)}
          </Badge>
        </Group>
        <Group mt="sm">
          <ConfirmButton
            color={suspended ? 'teal' : 'red'}
            confirmColor={suspended ? 'teal' : 'red'}
            message={t(suspended ? 'operator.reactivateConfirm' : 'operator.suspendConfirm', {
              name: tenant.nameTh,
            })}
            confirmLabel={t(suspended ? 'operator.reactivate' : 'operator.suspend')}
            onConfirm={() => status.mutateAsync({ status: suspended ? 'active' : 'suspended' })}
          >
            {t(suspended ? 'operator.reactivate' : 'operator.suspend')}
          </ConfirmButton>
        </Group>
      </Paper>
      <form onSubmit={submit} noValidate>
        <Stack>
          <AgencyFields f={f} err={err} />
          <ErrorAlert error={update.error} shownFields={AGENCY_FIELDS} />
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
