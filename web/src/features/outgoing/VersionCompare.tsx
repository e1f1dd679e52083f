import type { OutgoingLetter } from '@contracts/outgoing.contract.ts';
import { Box, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { type CSSProperties, useState } from 'react';
import { useLetterDates } from '@/features/letters/thai-format.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { LoadingState } from '@/ui/LoadingState.tsx';
import { usePhone } from '@/ui/use-phone.ts';
import { useOutgoingVersion } from './outgoing.ts';
import { compareVersions, type DiffPart, diffWords, type FieldChange } from './version-diff.ts';

const partStyle: Record<DiffPart['kind'], CSSProperties | undefined> = {
  same: undefined,
  removed: {
    background: 'var(--mantine-color-red-1)',
    color: 'var(--mantine-color-red-9)',
    textDecoration: 'line-through',
  },
  added: { background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-green-9)' },
};

/** One changed field: its name, then its text with removed words struck out in red and added ones in green. */
function Change({ change }: { change: FieldChange }) {
  const t = useT();
  const dates = useLetterDates();
  const label =
    change.label === 'outgoing.field.paragraphs.item'
      ? t(change.label, { n: dates.num(change.n ?? 0) })
      : t(change.label);
  return (
    <Box component="li">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {diffWords(change.before, change.text).map((p, i) =>
          p.kind === 'same' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for one comparison
            <span key={i}>{p.text}</span>
          ) : (
            <Box
              // biome-ignore lint/suspicious/noArrayIndexKey: the parts are fixed for one comparison
              key={i}
              component={p.kind === 'removed' ? 'del' : 'ins'}
              style={{ ...partStyle[p.kind], borderRadius: 2 }}
            >
              {p.text}
            </Box>
          ),
        )}
      </Text>
    </Box>
  );
}

/**
 * เปรียบเทียบ: two versions picked (the previous and the latest at first), and the fields that differ
 * between them; the unchanged ones are only counted. Full screen on a phone.
 */
export function VersionCompare({
  letter,
  opened,
  onClose,
}: {
  letter: OutgoingLetter;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const phone = usePhone();
  const dates = useLetterDates();
  const numbers = letter.versions.map((v) => v.version).sort((a, b) => b - a);
  const [after, setAfter] = useState(numbers[0] ?? 1);
  const [before, setBefore] = useState(numbers[1] ?? numbers[0] ?? 1);
  const older = useOutgoingVersion(letter.id, opened ? before : null);
  const newer = useOutgoingVersion(letter.id, opened ? after : null);
  const options = numbers.map((n) => ({
    value: String(n),
    label: t('outgoing.version', { n: dates.num(n) }),
  }));
  const result = older.data && newer.data ? compareVersions(older.data.content, newer.data.content) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('outgoing.compare.title')} fullScreen={phone} size="lg">
      <Stack>
        <Group grow align="flex-end">
          <NativeSelect
            label={t('outgoing.compare.before')}
            size="md"
            data={options}
            value={String(before)}
            onChange={(e) => setBefore(Number(e.currentTarget.value))}
          />
          <NativeSelect
            label={t('outgoing.compare.after')}
            size="md"
            data={options}
            value={String(after)}
            onChange={(e) => setAfter(Number(e.currentTarget.value))}
          />
        </Group>
        {older.error || newer.error ? (
          <ErrorAlert error={older.error ?? newer.error} />
        ) : !result ? (
          <LoadingState />
        ) : (
          <>
            {result.changed.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('outgoing.compare.same')}
              </Text>
            ) : (
              <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
                {result.changed.map((c) => (
                  <Change key={c.key} change={c} />
                ))}
              </Stack>
            )}
            {result.unchanged > 0 && (
              <Text size="sm" c="dimmed">
                {t('outgoing.compare.unchanged', { n: dates.num(result.unchanged) })}
              </Text>
            )}
          </>
        )}
        <Button variant="default" size="md" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Stack>
    </Modal>
  );
}
