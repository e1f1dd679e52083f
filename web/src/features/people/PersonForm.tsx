import type { Person } from '@contracts/directory.contract.ts';
import {
  Alert,
  Autocomplete,
  Checkbox,
  Grid,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { OrgUnitSelect } from '@/features/org-units/OrgUnitSelect.tsx';
import { ApiError } from '@/lib/api.ts';
import { emptyToNull, fieldError, useFields } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { useSavePerson } from './people.ts';

const TITLES = ['นาย', 'นาง', 'นางสาว', 'ดร.', 'ผศ.', 'รศ.', 'ศ.', 'ว่าที่ร้อยตรี', 'พันตำรวจเอก'];
const FIELDS = [
  'orgUnitId',
  'employeeCode',
  'title',
  'nameTh',
  'nameEn',
  'nationalId',
  'gender',
  'positionTitle',
  'address',
  'phone',
  'email',
  'loginEmail',
];
type Gender = Person['gender'];

/**
 * The deck's บันทึกบุคลากร form. When the login e-mail belongs to someone else the server answers
 * 409 PERSON_LOGIN_EMAIL_TAKEN; the deck's confirmation checkbox then lets the admin move it here.
 */
export function PersonForm({ person, onSaved }: { person?: Person; onSaved: (p: Person) => void }) {
  const t = useT();
  const save = useSavePerson();
  const [moveLoginEmail, setMoveLoginEmail] = useState(false);
  const f = useFields({
    orgUnitId: person?.orgUnitId ?? (null as string | null),
    employeeCode: person?.employeeCode ?? '',
    title: person?.title ?? '',
    nameTh: person?.nameTh ?? '',
    nameEn: person?.nameEn ?? '',
    nationalId: person?.nationalId ?? '',
    gender: person?.gender ?? ('unspecified' as Gender),
    positionTitle: person?.positionTitle ?? '',
    address: person?.address ?? '',
    phone: person?.phone ?? '',
    email: person?.email ?? '',
    loginEmail: person?.loginEmail ?? '',
  });
  const v = f.values;
  const err = (p: string) => fieldError(save.error, p);
  const emailTaken = save.error instanceof ApiError && save.error.code === 'PERSON_LOGIN_EMAIL_TAKEN';
  const [conflict, setConflict] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        id: person?.id,
        ...v,
        orgUnitId: v.orgUnitId ?? '',
        nationalId: v.nationalId.replace(/[\s-]/g, ''),
        employeeCode: emptyToNull(v.employeeCode),
        loginEmail: emptyToNull(v.loginEmail),
        moveLoginEmail: conflict && moveLoginEmail,
      },
      {
        onSuccess: (saved) => {
          setConflict(false);
          setMoveLoginEmail(false);
          onSaved(saved);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'PERSON_LOGIN_EMAIL_TAKEN') setConflict(true);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <OrgUnitSelect
          label={t('people.orgUnit')}
          value={v.orgUnitId}
          onChange={(id) => f.set('orgUnitId', id)}
          error={err('orgUnitId')}
          required
        />
        <TextInput label={t('people.employeeCode')} {...f.text('employeeCode')} error={err('employeeCode')} />
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Autocomplete
              label={t('people.title_')}
              data={TITLES}
              value={v.title}
              onChange={(x) => f.set('title', x)}
              error={err('title')}
              required
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t('people.nameTh')} {...f.text('nameTh')} error={err('nameTh')} required />
          </Grid.Col>
        </Grid>
        <TextInput label={t('people.nameEn')} {...f.text('nameEn')} error={err('nameEn')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('people.nationalId')}
            {...f.text('nationalId')}
            error={err('nationalId')}
            required
            inputMode="numeric"
            maxLength={17}
            autoComplete="off"
          />
          <NativeSelect
            label={t('people.gender')}
            value={v.gender}
            onChange={(e) => f.set('gender', e.currentTarget.value as Gender)}
            data={(['male', 'female', 'unspecified'] as const).map((g) => ({
              value: g,
              label: t(`people.gender.${g}`),
            }))}
          />
        </SimpleGrid>
        <TextInput
          label={t('people.positionTitle')}
          {...f.text('positionTitle')}
          error={err('positionTitle')}
        />
        <Textarea
          label={t('people.address')}
          {...f.text('address')}
          error={err('address')}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('people.phone')}
            {...f.text('phone')}
            error={err('phone')}
            type="tel"
            inputMode="tel"
          />
          <TextInput label={t('people.email')} {...f.text('email')} error={err('email')} type="email" />
        </SimpleGrid>
        <TextInput
          label={t('people.loginEmail')}
          name="loginEmail"
          value={v.loginEmail}
          onChange={(e) => {
            f.set('loginEmail', e.currentTarget.value);
            setConflict(false);
            setMoveLoginEmail(false);
          }}
          error={err('loginEmail')}
          type="email"
          autoCapitalize="none"
        />
        {conflict && (
          <Alert color="yellow" variant="light">
            <Checkbox
              label={t('people.moveLoginEmail')}
              checked={moveLoginEmail}
              onChange={(e) => setMoveLoginEmail(e.currentTarget.checked)}
            />
          </Alert>
        )}
        <ErrorAlert error={emailTaken && moveLoginEmail ? null : save.error} shownFields={FIELDS} />
        <FormActions submitLabel={t('common.save')} loading={save.isPending} />
      </Stack>
    </form>
  );
}
