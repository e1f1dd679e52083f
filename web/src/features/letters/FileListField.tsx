import {
  ActionIcon,
  Button,
  FileButton,
  type FileButtonProps,
  Group,
  Image,
  Input,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { IconPlus, IconTrash } from '@/ui/icons.tsx';
import { ACCEPT, type FilePart, formatBytes } from './letter-files.ts';

const fileIds = new WeakMap<File, number>();
let nextFileId = 0;
/** A stable key per picked file, even when the same file is picked twice. */
function fileKey(file: File): number {
  let id = fileIds.get(file);
  if (id === undefined) {
    id = nextFileId++;
    fileIds.set(file, id);
  }
  return id;
}

/** A small preview of an image page; PDFs and TIFFs (which browsers do not show) get their type instead. */
function Thumb({ file }: { file: File }) {
  const url = useMemo(
    () => (file.type === 'image/jpeg' || file.type === 'image/png' ? URL.createObjectURL(file) : null),
    [file],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (url) return <Image src={url} alt="" w={48} h={64} fit="cover" radius="sm" />;
  return (
    <Paper
      withBorder
      w={48}
      h={64}
      radius="sm"
      style={{ display: 'grid', placeItems: 'center', flexShrink: 0 }}
    >
      <Text size="xs" fw={700} c="dimmed">
        {(file.name.split('.').pop() ?? '').toUpperCase().slice(0, 4)}
      </Text>
    </Paper>
  );
}

/** The "add file(s)" button: a file picker behind a 44 px light button with a plus. */
export function AddFilesButton<Multiple extends boolean = false>({
  children,
  loading,
  ...picker
}: Omit<FileButtonProps<Multiple>, 'children'> & { children: ReactNode; loading?: boolean }) {
  return (
    <FileButton<Multiple> {...picker}>
      {(props) => (
        <Button
          {...props}
          variant="light"
          h={44}
          leftSection={<IconPlus size={16} />}
          loading={loading}
          style={{ alignSelf: 'flex-start' }}
        >
          {children}
        </Button>
      )}
    </FileButton>
  );
}

/**
 * Files of one upload part: add (one or many), remove, and for scanned pages move up and down so the
 * pages are in the order of the paper letter.
 */
export function FileListField({
  part,
  label,
  description,
  files,
  onChange,
  multiple,
  reorderable = false,
  error,
  required,
}: {
  part: FilePart;
  label: string;
  description?: string;
  files: File[];
  onChange: (files: File[]) => void;
  multiple: boolean;
  reorderable?: boolean;
  error?: string;
  required?: boolean;
}) {
  const t = useT();
  const move = (i: number, by: number) => {
    const next = [...files];
    const [f] = next.splice(i, 1);
    if (f) next.splice(i + by, 0, f);
    onChange(next);
  };
  const add = (picked: File[] | File | null) => {
    const list = picked === null ? [] : Array.isArray(picked) ? picked : [picked];
    if (list.length) onChange(multiple ? [...files, ...list] : list.slice(0, 1));
  };
  return (
    <Input.Wrapper label={label} description={description} error={error} required={required}>
      <Stack gap={6} mt={4} role="list" aria-label={label}>
        {files.map((file, i) => (
          <Paper key={fileKey(file)} withBorder p={6} role="listitem">
            <Group gap="xs" wrap="nowrap">
              {part !== 'attachments' && <Thumb file={file} />}
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" truncate>
                  {reorderable ? `${t('letters.page', { n: i + 1 })} · ` : ''}
                  {file.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatBytes(file.size)}
                </Text>
              </div>
              {reorderable && (
                <>
                  <ActionIcon
                    variant="default"
                    size={44}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={t('letters.file.up', { name: file.name })}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size={44}
                    disabled={i === files.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t('letters.file.down', { name: file.name })}
                  >
                    ↓
                  </ActionIcon>
                </>
              )}
              <ActionIcon
                variant="light"
                color="red"
                size={44}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
                aria-label={t('letters.file.remove', { name: file.name })}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        {(multiple || files.length === 0) && (
          <AddFilesButton onChange={add} accept={ACCEPT[part]} multiple={multiple}>
            {t(`letters.file.add.${part}`)}
          </AddFilesButton>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
