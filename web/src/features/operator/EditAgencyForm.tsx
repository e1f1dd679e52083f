import type { Tenant } from '@contracts/tenancy.contract.ts';
import {
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { FormEvent } from 'react';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useUpdateTenant } from './tenants.ts';

const FIELDS = [
  'nameTh',
  'nameEn',
  'ministry',
  'department',
  'letterCode',
  'ownerNumber',
  'userQuota',
  'digitStyle',
];

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
          <TextInput label={t('operator.nameTh')} {...f.text('nameTh')} error={err('nameTh')} required />
          <TextInput label={t('operator.nameEn')} {...f.text('nameEn')} error={err('nameEn')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('operator.ministry')} {...f.text('ministry')} error={err('ministry')} />
            <TextInput label={t('operator.department')} {...f.text('department')} error={err('department')} />
            <TextInput
              label={t('operator.letterCode')}
              description={t('operator.letterCodeHint')}
              {...f.text('letterCode')}
              error={err('letterCode')}
              required
              maxLength={2}
            />
            <TextInput
              label={t('operator.ownerNumber')}
              description={t('fmt.ownerNumber')}
              {...f.text('ownerNumber')}
              error={err('ownerNumber')}
              required
            />
            <NumberInput
              label={t('operator.quota')}
              value={v.userQuota}
              onChange={(n) => f.set('userQuota', n)}
              min={1}
              max={1_000_000}
              error={err('userQuota')}
              required
              allowDecimal={false}
            />
            <NativeSelect
              label={t('operator.digitStyle')}
              value={v.digitStyle}
              onChange={(e) => f.set('digitStyle', e.currentTarget.value as 'thai' | 'arabic')}
              data={[
                { value: 'thai', label: t('operator.digit.thai') },
                { value: 'arabic', label: t('operator.digit.arabic') },
              ]}
            />
          </SimpleGrid>
          <ErrorAlert error={update.error} shownFields={FIELDS} />
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
