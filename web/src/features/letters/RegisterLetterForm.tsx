import { IncomingLetterMetadata, type IntakeKind, type Letter } from '@contracts/letters.contract.ts';
import {
  Checkbox,
  Divider,
  NativeSelect,
  NumberInput,
  Paper,
  Progress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useCurrentSession } from '@/features/auth/session.ts';
import { useRegisters } from '@/features/registers/registers.ts';
import { ApiError, type ApiIssue } from '@/lib/api.ts';
import { fieldError, parseWith, useFields } from '@/lib/forms.ts';
import { type Translate, useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { FormActions } from '@/ui/FormActions.tsx';
import { ThaiDateInput } from '@/ui/ThaiDateInput.tsx';
import { IntakeFiles, type IntakeFileValues } from './IntakeFiles.tsx';
import { LetterPerm } from './letter-permissions.ts';
import { fileProblem } from './letter-files.ts';
import {
  emptyLetterMetadata,
  LETTER_METADATA_FIELDS,
  LetterMetadataFields,
} from './LetterMetadataFields.tsx';
import { useRegisterIncomingLetter } from './register-incoming-letter.ts';
import { StampPositionFields, type StampValues, stampPositionOf } from './StampPositionFields.tsx';

const INTAKE_PERMISSION: Record<IntakeKind, string> = {
  electronic: LetterPerm.Create,
  paper: LetterPerm.Scan,
  old: LetterPerm.CreateOld,
};
const SHOWN = [...LETTER_METADATA_FIELDS, 'document', 'scans', 'attachments', 'receiptNumber', 'receivedAt'];

/** What is missing or wrong before anything is sent: required fields, the files each intake kind needs. */
function localIssues(
  intake: IntakeKind,
  v: { senderAgency: string; subject: string; receiptNumber: number | string; receivedDate: string | null },
  files: IntakeFileValues,
  t: Translate,
): ApiIssue[] {
  const issues: ApiIssue[] = [];
  const need = (path: string, message = t('common.required')) => issues.push({ path: [path], message });
  if (!v.senderAgency.trim()) need('senderAgency');
  if (!v.subject.trim()) need('subject');
  if (intake === 'old' && !v.receiptNumber) need('receiptNumber');
  if (intake === 'old' && !v.receivedDate) need('receivedAt');
  if (intake === 'electronic' && files.document.length === 0)
    need('document', t('letters.file.documentRequired'));
  if (intake === 'paper' && files.scans.length === 0) need('scans', t('letters.file.scansRequired'));
  const parts = [
    ['document', intake === 'paper' ? [] : files.document],
    ['scans', intake === 'paper' ? files.scans : []],
    ['attachments', files.attachments],
  ] as const;
  for (const [part, list] of parts) {
    const problem = list.map((file) => fileProblem(file, part, t)).find(Boolean);
    if (problem) need(part, problem);
  }
  return issues;
}

/**
 * ลงทะเบียนรับหนังสือ: electronic (one PDF), paper (สแกนหนังสือ: pages in order) or old (สร้างหนังสือเก่า:
 * the clerk gives the number and time), the letter's details, "save without receiving", and where the
 * receipt stamp goes. Checks mirror the server's; the server's message is shown as it words it.
 */
export function RegisterLetterForm({
  onDone,
  onCancel,
}: {
  onDone: (l: Letter) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const session = useCurrentSession();
  const kinds = (['electronic', 'paper', 'old'] as const).filter((k) =>
    session.permissions.includes(INTAKE_PERMISSION[k]),
  );
  const [intake, setIntake] = useState<IntakeKind>(kinds[0] ?? 'electronic');
  const [files, setFiles] = useState<IntakeFileValues>({ document: [], scans: [], attachments: [] });
  const [stampOn, setStampOn] = useState(false);
  const [stamp, setStamp] = useState<StampValues>({ page: 1, left: 400, top: 40 });
  const [localError, setLocalError] = useState<unknown>(null);
  const f = useFields({
    ...emptyLetterMetadata,
    receiveLater: false,
    registerId: '',
    receiptNumber: '' as number | string,
    receivedDate: null as string | null,
    receivedTime: '',
  });
  const v = f.values;
  const register = useRegisterIncomingLetter();
  const units = new Set(session.grants.map((g) => g.orgUnitId));
  const registers = (useRegisters({ kind: 'receive' }).data ?? []).filter(
    (r) => !r.archived && units.has(r.orgUnitId),
  );
  const error = localError;
  const err = (p: string) => fieldError(error, p);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setLocalError(null);
    const chosen = registers.find((r) => r.id === v.registerId);
    try {
      const issues = localIssues(intake, v, files, t);
      if (issues.length) throw new ApiError(400, 'VALIDATION_FAILED', t('error.validation'), { issues }, '');
      const { receiveLater, registerId, receiptNumber, receivedDate, receivedTime, ...details } = v;
      const metadata = parseWith(
        IncomingLetterMetadata,
        {
          ...details,
          intake,
          receiveNow: intake === 'old' || !receiveLater,
          registerId: chosen?.id,
          orgUnitId: chosen?.orgUnitId,
          receiptNumber: intake === 'old' ? Number(receiptNumber) : undefined,
          receivedAt: intake === 'old' ? `${receivedDate}T${receivedTime || '00:00'}:00+07:00` : undefined,
          stampPosition: stampPositionOf(stampOn, stamp),
        },
        t,
      );
      const letter = await register.mutateAsync({
        metadata,
        files: {
          document: intake === 'paper' ? null : (files.document[0] ?? null),
          scans: intake === 'paper' ? files.scans : [],
          attachments: files.attachments,
        },
      });
      onDone(letter);
    } catch (err) {
      setLocalError(err);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {kinds.length > 1 && (
          <SegmentedControl
            fullWidth
            value={intake}
            onChange={(k) => setIntake(k as IntakeKind)}
            data={kinds.map((k) => ({ value: k, label: t(`letters.intake.${k}`) }))}
            aria-label={t('letters.intake')}
          />
        )}
        <Text size="sm" c="dimmed">
          {t(`letters.intakeHint.${intake}`)}
        </Text>
        <Paper withBorder p="sm" radius="md">
          <IntakeFiles intake={intake} files={files} onChange={setFiles} err={err} />
        </Paper>
        {intake === 'old' && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('letters.receiptNumber')}
              value={v.receiptNumber}
              onChange={(n) => f.set('receiptNumber', n)}
              min={1}
              allowDecimal={false}
              required
              error={err('receiptNumber')}
            />
            <ThaiDateInput
              label={t('letters.receivedDate')}
              value={v.receivedDate}
              onChange={(d) => f.set('receivedDate', d)}
              required
              error={err('receivedAt')}
            />
            <TextInput type="time" label={t('letters.receivedTime')} {...f.text('receivedTime')} />
          </SimpleGrid>
        )}
        <Divider label={t('letters.details')} labelPosition="left" />
        <LetterMetadataFields f={f} err={err} />
        {registers.length > 1 && (
          <NativeSelect
            label={t('letters.receiveRegister')}
            value={v.registerId}
            onChange={(e) => f.set('registerId', e.currentTarget.value)}
            data={[
              { value: '', label: t('letters.receiveRegisterDefault') },
              ...registers.map((r) => ({ value: r.id, label: `${r.name} (${r.orgUnitName})` })),
            ]}
          />
        )}
        {intake !== 'old' && (
          <Checkbox
            label={t('letters.receiveLater')}
            description={t('letters.receiveLaterHint')}
            checked={v.receiveLater}
            onChange={(e) => f.set('receiveLater', e.currentTarget.checked)}
          />
        )}
        <StampPositionFields
          enabled={stampOn}
          onEnabled={setStampOn}
          values={stamp}
          onChange={setStamp}
          err={err}
        />
        <ErrorAlert error={error} shownFields={SHOWN} />
        {register.isPending && (
          <Progress value={register.progress * 100} animated aria-label={t('letters.uploading')} />
        )}
        <FormActions
          submitLabel={t('letters.registerSubmit')}
          loading={register.isPending}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
