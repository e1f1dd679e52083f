import { Button, Fieldset, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';
import { AGENCY_FIELDS, AgencyFields } from './AgencyFields.tsx';
import { useCreateTenant } from './tenants.ts';

const FIELDS = ['slug', ...AGENCY_FIELDS, 'admin.username', 'admin.displayName', 'admin.password'];

/** The operator's "new agency" form, including the agency's first administrator. */
export function CreateAgencyForm() {
  const t = useT();
  const notify = useToast();
  const navigate = useNavigate();
  const create = useCreateTenant();
  const f = useFields({
    slug: '',
    nameTh: '',
    nameEn: '',
    ministry: '',
    department: '',
    letterCode: '',
    ownerNumber: '',
    userQuota: 50 as number | string,
    digitStyle: 'thai' as 'thai' | 'arabic',
    adminUsername: 'admin',
    adminDisplayName: '',
    adminPassword: '',
  });
  const v = f.values;
  const err = (path: string) => fieldError(create.error, path);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        slug: v.slug,
        nameTh: v.nameTh,
        nameEn: v.nameEn,
        ministry: v.ministry,
        department: v.department,
        letterCode: v.letterCode,
        ownerNumber: v.ownerNumber,
        userQuota: Number(v.userQuota),
        digitStyle: v.digitStyle,
        admin: { username: v.adminUsername, displayName: v.adminDisplayName, password: v.adminPassword },
      },
      {
        onSuccess: (tenant) => {
          notify(t('operator.created'));
          navigate(`/operator/agencies/${tenant.id}`);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('operator.slug')}
          description={t('fmt.slug')}
          {...f.text('slug')}
          error={err('slug')}
          required
          autoCapitalize="none"
        />
        <AgencyFields f={f} err={err} />
        <Fieldset legend={t('operator.admin')}>
          <Stack>
            <TextInput
              label={t('operator.adminUsername')}
              description={t('fmt.username')}
              {...f.text('adminUsername')}
              error={err('admin.username')}
              required
              autoCapitalize="none"
            />
            <TextInput
              label={t('operator.adminDisplayName')}
              {...f.text('adminDisplayName')}
              error={err('admin.displayName')}
              required
            />
            <PasswordInput
              label={t('operator.adminPassword')}
              description={t('account.passwordHint')}
              {...f.text('adminPassword')}
              error={err('admin.password')}
              required
              autoComplete="new-password"
            />
          </Stack>
        </Fieldset>
        <ErrorAlert error={create.error} shownFields={FIELDS} />
        <Button type="submit" loading={create.isPending}>
          {t('operator.addAgency')}
        </Button>
      </Stack>
    </form>
  );
}
