import type { IntakeKind } from '@contracts/letters.contract.ts';
import { Alert, Stack } from '@mantine/core';
import type { FieldErrorOf } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { FileListField } from './FileListField.tsx';

/** The files of the register form, per multipart part. */
export interface IntakeFileValues {
  document: File[];
  scans: File[];
  attachments: File[];
}

/**
 * The files each intake kind takes: one PDF (electronic; optional for an old letter), the scanned pages
 * in order (paper, with the reminder to write the number on the original), and attachments.
 */
export function IntakeFiles({
  intake,
  files,
  onChange,
  err,
}: {
  intake: IntakeKind;
  files: IntakeFileValues;
  onChange: (files: IntakeFileValues) => void;
  err: FieldErrorOf;
}) {
  const t = useT();
  return (
    <Stack gap="sm">
      {intake === 'paper' ? (
        <>
          <FileListField
            part="scans"
            label={t('letters.file.scans')}
            description={t('letters.file.scansHint')}
            files={files.scans}
            onChange={(scans) => onChange({ ...files, scans })}
            multiple
            reorderable
            required
            error={err('scans')}
          />
          <Alert variant="light" color="yellow">
            {t('letters.paperNote')}
          </Alert>
        </>
      ) : (
        <FileListField
          part="document"
          label={t('letters.file.document')}
          description={t('letters.file.documentHint')}
          files={files.document}
          onChange={(document) => onChange({ ...files, document })}
          multiple={false}
          required={intake === 'electronic'}
          error={err('document')}
        />
      )}
      <FileListField
        part="attachments"
        label={t('letters.file.attachments')}
        description={t('letters.file.attachmentsHint')}
        files={files.attachments}
        onChange={(attachments) => onChange({ ...files, attachments })}
        multiple
        error={err('attachments')}
      />
    </Stack>
  );
}
