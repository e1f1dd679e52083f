import { Button, Group, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { UserPicker } from '@/features/users/UserPicker.tsx';
import { fieldError, fieldIssue } from '@/lib/forms.ts';
import { useI18n, useT } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormModal } from '@/ui/FormModal.tsx';
import { useToast } from '@/ui/toast.tsx';
import {
  type Certificate,
  useImportUserCertificate,
  useIssueCertificate,
  useRevokeCertificate,
} from './certificates.ts';
import { ImportP12Form } from './ImportP12Form.tsx';

type Algorithm = 'rsa-2048' | 'ecdsa-p256';
/** The user to start with (the one the list is filtered to), with the name to show. */
type InitialUser = { id: string; label: string } | null;
const DEFAULT_DAYS = 730;
const MAX_DAYS = 1826;

function IssueForm({ initialUser, onDone }: { initialUser: InitialUser; onDone: () => void }) {
  const { t, lang } = useI18n();
  const notify = useToast();
  const issue = useIssueCertificate();
  const [userId, setUserId] = useState<string | null>(initialUser?.id ?? null);
  const [algorithm, setAlgorithm] = useState<Algorithm>('rsa-2048');
  const [validDays, setValidDays] = useState<number | string>(DEFAULT_DAYS);
  const [error, setError] = useState<unknown>(null);
  const err = (path: string) => fieldError(error, path);
  const days = typeof validDays === 'number' ? validDays : Number.parseInt(validDays, 10);
  const until =
    Number.isInteger(days) && days >= 1 && days <= MAX_DAYS ? new Date(Date.now() + days * 86_400_000) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      if (!userId) throw fieldIssue('userId', t('certs.userRequired'), t);
      const issued = await issue.mutateAsync({ userId, algorithm, validDays: days });
      notify(t('certs.issued', { name: issued.owner.name || issued.commonName }));
      onDone();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('certs.issueHint')}
        </Text>
        <UserPicker
          label={t('certs.user')}
          value={userId}
          onChange={setUserId}
          placeholder={t('certs.pickUser')}
          error={err('userId')}
          required
          initialLabel={initialUser?.label}
        />
        <Radio.Group
          label={t('certs.algorithm')}
          value={algorithm}
          onChange={(v) => setAlgorithm(v as Algorithm)}
          error={err('algorithm')}
        >
          <Stack gap="xs" mt={6}>
            <Radio value="rsa-2048" label={t('certs.algorithm.rsa')} />
            <Radio value="ecdsa-p256" label={t('certs.algorithm.ecdsa')} />
          </Stack>
        </Radio.Group>
        <NumberInput
          label={t('certs.validDays')}
          description={
            until
              ? t('certs.validUntil', { date: formatThaiDate(until, lang, 'long') })
              : t('certs.validDaysHint')
          }
          value={validDays}
          onChange={setValidDays}
          min={1}
          max={MAX_DAYS}
          allowDecimal={false}
          allowNegative={false}
          required
          error={err('validDays')}
          inputMode="numeric"
        />
        <ErrorAlert error={error} shownFields={['userId', 'algorithm', 'validDays']} />
        <Group justify="flex-end">
          <Button variant="default" h={44} onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" h={44} loading={issue.isPending}>
            {t('certs.issue')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** ออกใบรับรองภายใน (the deck's "สร้าง Internal Certificate"): a user, the key algorithm and the days it is valid. */
export function IssueCertificateDialog({
  opened,
  onClose,
  initialUser,
}: {
  opened: boolean;
  onClose: () => void;
  initialUser: InitialUser;
}) {
  const t = useT();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('certs.issue')}>
      {opened && <IssueForm initialUser={initialUser} onDone={onClose} />}
    </FormModal>
  );
}

function ImportForUserForm({ initialUser, onDone }: { initialUser: InitialUser; onDone: () => void }) {
  const t = useT();
  const notify = useToast();
  const importFor = useImportUserCertificate();
  const [userId, setUserId] = useState<string | null>(initialUser?.id ?? null);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('certs.importForHint')}
      </Text>
      <ImportP12Form
        submitLabel={t('certs.import')}
        shownFields={['userId']}
        check={() => {
          if (!userId) throw fieldIssue('userId', t('certs.userRequired'), t);
        }}
        before={(error) => (
          <UserPicker
            label={t('certs.user')}
            value={userId}
            onChange={setUserId}
            placeholder={t('certs.pickUser')}
            error={fieldError(error, 'userId')}
            required
            initialLabel={initialUser?.label}
          />
        )}
        onImport={async (body) => {
          if (!userId) return;
          const imported = await importFor.mutateAsync({ userId, ...body });
          notify(t('certs.importedFor', { name: imported.owner.name || imported.commonName }));
          onDone();
        }}
        onCancel={onDone}
      />
    </Stack>
  );
}

/** นำเข้า .p12 ให้ผู้ใช้: the administrator puts a user's PKCS#12 into the system store. */
export function ImportForUserDialog({
  opened,
  onClose,
  initialUser,
}: {
  opened: boolean;
  onClose: () => void;
  initialUser: InitialUser;
}) {
  const t = useT();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('certs.importFor')}>
      {opened && <ImportForUserForm initialUser={initialUser} onDone={onClose} />}
    </FormModal>
  );
}

/** เพิกถอน: asks for the reason and a confirmation; a revoked certificate cannot sign again. */
export function RevokeButton({ certificate }: { certificate: Certificate }) {
  const t = useT();
  const notify = useToast();
  const revoke = useRevokeCertificate();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const { commonName, owner } = certificate;
  const name = commonName === owner.name || !owner.name ? commonName : `${commonName} (${owner.name})`;
  return (
    <>
      <Button
        color="red"
        variant="light"
        h={44}
        onClick={() => setOpened(true)}
        aria-label={t('certs.revokeItem', { name })}
      >
        {t('certs.revoke')}
      </Button>
      <ConfirmModal
        opened={opened}
        onClose={() => {
          setOpened(false);
          setReason('');
        }}
        title={t('certs.revoke')}
        message={t('certs.revokeConfirm', { name })}
        confirmLabel={t('certs.revoke')}
        confirmDisabled={!reason.trim()}
        onConfirm={async () => {
          await revoke.mutateAsync({ id: certificate.id, reason: reason.trim() });
          notify(t('certs.revoked'));
          setReason('');
        }}
      >
        <Textarea
          label={t('certs.revokeReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={300}
          autosize
          minRows={2}
          required
          data-autofocus
        />
      </ConfirmModal>
    </>
  );
}
