import type { CommandPreset } from '@contracts/letters.contract.ts';
import { ActionIcon, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ConfirmButton } from '@/ui/ConfirmButton.tsx';
import { EmptyState } from '@/ui/EmptyState.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconEdit, IconPlus, IconTrash } from '@/ui/icons.tsx';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { useToast } from '@/ui/toast.tsx';
import { useCommandPresets, useDeleteCommandPreset, useSaveCommandPreset } from './command-presets.ts';

/** One preset: its text (editable in place), move up/down, delete with confirmation. */
function PresetRow({
  preset,
  index,
  count,
  onMove,
}: {
  preset: CommandPreset;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
}) {
  const t = useT();
  const notify = useToast();
  const save = useSaveCommandPreset();
  const remove = useDeleteCommandPreset();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(preset.text);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { id: preset.id, text },
      {
        onSuccess: () => {
          setEditing(false);
          notify(t('common.saved'));
        },
      },
    );
  };
  return (
    <Card withBorder radius="md" padding="xs" role="listitem">
      {editing ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <TextInput
              label={t('presets.text')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={500}
              error={fieldError(save.error, 'text')}
              data-autofocus
            />
            <ErrorAlert error={save.error} shownFields={['text']} />
            <Group gap="xs" justify="flex-end">
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group gap="xs" justify="space-between">
          <Text style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{preset.text}</Text>
          <Group gap="xs" wrap="nowrap" ml="auto">
            <ActionIcon
              variant="default"
              size={44}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
              aria-label={t('presets.up', { text: preset.text })}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              size={44}
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
              aria-label={t('presets.down', { text: preset.text })}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="default"
              size={44}
              onClick={() => {
                setText(preset.text);
                setEditing(true);
              }}
              aria-label={t('presets.edit', { text: preset.text })}
            >
              <IconEdit size={18} />
            </ActionIcon>
            <ConfirmButton
              ariaLabel={t('presets.delete', { text: preset.text })}
              message={t('common.deleteConfirm', { name: preset.text })}
              onConfirm={() => remove.mutateAsync(preset.id)}
              h={44}
              px="sm"
            >
              <IconTrash size={18} />
            </ConfirmButton>
          </Group>
        </Group>
      )}
    </Card>
  );
}

/** รูปแบบคำสั่งการ: the agency's command presets, in the order executives see them. */
export function CommandPresetAdmin() {
  const t = useT();
  const presets = useCommandPresets();
  const save = useSaveCommandPreset();
  const [text, setText] = useState('');
  const [moveError, setMoveError] = useState<unknown>(null);
  const list = presets.data ?? [];

  const add = (e: FormEvent) => {
    e.preventDefault();
    const position = list.length ? Math.max(...list.map((p) => p.position)) + 1 : 0;
    save.mutate({ text, position }, { onSuccess: () => setText('') });
  };
  // Positions become 0, 1, 2 … in the new order; only presets whose position changes are saved.
  const move = async (from: number, to: number) => {
    const order = [...list];
    const [item] = order.splice(from, 1);
    if (!item) return;
    order.splice(to, 0, item);
    setMoveError(null);
    try {
      for (const [i, p] of order.entries())
        if (p.position !== i) await save.mutateAsync({ id: p.id, position: i });
    } catch (err) {
      setMoveError(err);
    }
  };

  return (
    <Stack>
      <PageHeader title={t('presets.title')} subtitle={t('presets.subtitle')} />
      <form onSubmit={add} noValidate>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('presets.new')}
            placeholder={t('presets.newPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={500}
            style={{ flex: 1 }}
            error={fieldError(save.error, 'text')}
          />
          <Button type="submit" h={44} leftSection={<IconPlus size={16} />} loading={save.isPending}>
            {t('common.add')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={moveError} />
      <QueryState query={presets}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('presets.empty')} hint={t('presets.emptyHint')} />
          ) : (
            <Stack gap="xs" role="list" aria-label={t('presets.title')}>
              {items.map((p, i) => (
                <PresetRow key={p.id} preset={p} index={i} count={items.length} onMove={move} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
