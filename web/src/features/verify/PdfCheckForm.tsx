import { Button, FileInput, Group, Progress, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ACCEPT, fileProblem } from '@/features/letters/letter-files.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';

/**
 * A PDF to check: the picker (PDF, 25 MB, checked here; the server decides), upload progress and the
 * server's error. `onCheck` sends it; `onPick` runs when another file is chosen (to clear an old result).
 */
export function PdfCheckForm({
  onCheck,
  onPick,
  pending,
  progress,
  error,
  label,
}: {
  onCheck: (file: File) => void;
  onPick?: () => void;
  pending: boolean;
  progress: number;
  error: unknown;
  label: string;
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setProblem(t('verify.pickPdf'));
      return;
    }
    const found = fileProblem(file, 'document', t);
    setProblem(found);
    if (!found) onCheck(file);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FileInput
          label={label}
          description={t('letters.file.documentHint')}
          placeholder={t('verify.choosePdf')}
          accept={ACCEPT.document}
          value={file}
          onChange={(f) => {
            setFile(f);
            setProblem(null);
            onPick?.();
          }}
          clearable
          required
          error={problem}
          size="md"
          styles={{ input: { overflow: 'hidden' } }}
        />
        {pending && <Progress value={progress * 100} animated aria-label={t('letters.uploading')} />}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" h={44} loading={pending}>
            {t('verify.check')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
