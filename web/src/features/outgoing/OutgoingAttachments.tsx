import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { ActionIcon, Card, List, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { AddFilesButton } from '@/features/letters/FileListField.tsx';
import { fileProblem } from '@/features/letters/letter-files.ts';
import { AttachmentRows } from '@/features/letters/LetterDocuments.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmModal } from '@/ui/ConfirmModal.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconTrash } from '@/ui/icons.tsx';
import { useToast } from '@/ui/toast.tsx';
import {
  outgoingAttachmentUrl,
  useDeleteOutgoingAttachment,
  useUploadOutgoingAttachments,
} from './outgoing.ts';

type Attachment = OutgoingLetter['attachments'][number];

/**
 * สิ่งที่ส่งมาด้วย: each file downloadable; while the letter is a draft its drafter (offered แก้ไข) may
 * attach more files (checked here for size, the server decides) and delete one after confirming.
 */
export function OutgoingAttachments({ letter }: { letter: OutgoingLetter }) {
  const t = useT();
  const notify = useToast();
  const upload = useUploadOutgoingAttachments(letter.id);
  const remove = useDeleteOutgoingAttachment(letter.id);
  const [problems, setProblems] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const resetRef = useRef<() => void>(null);
  const editable = letter.status === 'draft' && letter.actions.includes('edit');
  const title = t('letters.file.attachments');

  const pick = (files: File[]) => {
    resetRef.current?.();
    const found = files.map((f) => fileProblem(f, 'attachments', t)).filter((p) => p !== null);
    setProblems(found);
    if (files.length === 0 || found.length > 0) return;
    upload.reset();
    upload.mutate(files, { onSuccess: () => notify(t('outgoing.attachments.uploaded')) });
  };

  return (
    <Card withBorder radius="md" component="section" aria-label={title}>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <Stack gap="sm">
        {letter.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('outgoing.attachments.none')}
          </Text>
        ) : (
          <AttachmentRows
            attachments={letter.attachments}
            href={(a) => outgoingAttachmentUrl(letter.id, a.id)}
            action={
              editable
                ? (a) => (
                    <ActionIcon
                      variant="light"
                      color="red"
                      size={44}
                      onClick={() => setDeleting(a)}
                      aria-label={t('common.deleteItem', { name: a.fileName })}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  )
                : undefined
            }
          />
        )}
        {editable && (
          <>
            {upload.isPending && (
              <Progress value={upload.progress * 100} animated aria-label={t('letters.uploading')} />
            )}
            {problems.length > 0 && (
              <List size="sm" c="red" role="alert">
                {problems.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
            <ErrorAlert error={upload.error} />
            <AddFilesButton onChange={pick} multiple resetRef={resetRef} loading={upload.isPending}>
              {t('outgoing.attachments.add')}
            </AddFilesButton>
            <Text size="xs" c="dimmed">
              {t('outgoing.attachments.hint')}
            </Text>
          </>
        )}
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('common.deleteItem', { name: deleting?.fileName ?? '' })}
        message={t('common.deleteConfirm', { name: deleting?.fileName ?? '' })}
        confirmLabel={t('common.delete')}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          notify(t('outgoing.attachments.deleted'));
        }}
      />
    </Card>
  );
}
