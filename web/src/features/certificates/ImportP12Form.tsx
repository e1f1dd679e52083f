import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { P12Fields } from './CertificateBits.tsx';
import { p12Error, p12ErrorShown } from './p12-errors.ts';
import { readP12 } from './p12.ts';

/**
 * นำเข้าใบรับรอง (.p12): the file and its password, read here and sent as base64. `before` renders fields the
 * caller asks first (the administrator's user) with the form's error; `check` may throw a field issue about
 * them, and `shownFields` lists their paths.
 */
export function ImportP12Form({
  onImport,
  submitLabel,
  before,
  check,
  onCancel,
  shownFields = [],
}: {
  onImport: (body: { p12: string; password: string }) => Promise<unknown>;
  submitLabel: string;
  before?: (error: unknown) => ReactNode;
  check?: () => void;
  onCancel?: () => void;
  shownFields?: string[];
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      check?.();
      await onImport({ p12: await readP12(file, t), password });
      setFile(null);
      setPassword('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {before?.(error)}
        <P12Fields
          file={file}
          onFile={setFile}
          password={password}
          onPassword={setPassword}
          fileError={p12Error(error, 'p12')}
          passwordError={p12Error(error, 'password')}
        />
        {!p12ErrorShown(error) && (
          <ErrorAlert error={error} shownFields={['p12', 'password', ...shownFields]} />
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" h={44} onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" h={44} loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
