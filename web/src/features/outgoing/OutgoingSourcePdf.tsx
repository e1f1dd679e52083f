import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Button, Card, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { AddFilesButton } from '@/features/letters/FileListField.tsx';
import { ACCEPT, fileProblem } from '@/features/letters/letter-files.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconTrash } from '@/ui/icons.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useRemoveOutgoingSourcePdf, useSetOutgoingSourcePdf } from './outgoing.ts';

/**
 * ไฟล์หนังสือที่จัดทำแล้ว, for the drafter of a draft: a finished PDF made elsewhere (checked here for type
 * and size, the server decides) used instead of the drafted fields, or removed after confirming.
 * `onChanged` runs after either so the PDF pane can load the letter's new PDF.
 */
export function OutgoingSourcePdf({ letter, onChanged }: { letter: OutgoingLetter; onChanged: () => void }) {
  const t = useT();
  const notify = useToast();
  const upload = useSetOutgoingSourcePdf(letter.id);
  const remove = useRemoveOutgoingSourcePdf(letter.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const resetRef = useRef<() => void>(null);
  const title = t('outgoing.sourcePdf.title');
  const name = letter.sourcePdfName;

  const pick = (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    const found = fileProblem(file, 'document', t);
    setProblem(found);
    if (found) return;
    upload.reset();
    upload.mutate(file, {
      onSuccess: () => {
        onChanged();
        notify(t('outgoing.sourcePdf.uploaded'));
      },
    });
  };

  return (
    <Card withBorder radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Text fw={600}>{title}</Text>
        <Text
          size="sm"
          c={name ? undefined : 'dimmed'}
          fw={name ? 500 : undefined}
          style={{ overflowWrap: 'anywhere' }}
        >
          {name ?? t('outgoing.sourcePdf.none')}
        </Text>
        {upload.isPending && (
          <Progress value={upload.progress * 100} animated aria-label={t('letters.uploading')} />
        )}
        {problem && (
          <Text size="sm" c="red" role="alert">
            {problem}
          </Text>
        )}
        <ErrorAlert error={upload.error} />
        <AddFilesButton
          onChange={pick}
          accept={ACCEPT.document}
          resetRef={resetRef}
          loading={upload.isPending}
          disabled={remove.isPending}
        >
          {t('outgoing.sourcePdf.use')}
        </AddFilesButton>
        {name && (
          <Button
            variant="subtle"
            color="red"
            h={44}
            leftSection={<IconTrash size={16} />}
            onClick={() => setConfirming(true)}
            disabled={upload.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('outgoing.sourcePdf.remove')}
          </Button>
        )}
        <Text size="xs" c="dimmed">
          {t('letters.file.documentHint')} · {t('outgoing.sourcePdf.hint')}
        </Text>
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('outgoing.sourcePdf.remove')}
        message={t('outgoing.sourcePdf.removeConfirm', { name: name ?? '' })}
        confirmLabel={t('outgoing.sourcePdf.remove')}
        onConfirm={async () => {
          await remove.mutateAsync();
          onChanged();
          notify(t('outgoing.sourcePdf.removed'));
        }}
      />
    </Card>
  );
}
