import type { CommandPreset } from '@contracts/letters.contract.ts';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { IconPlus } from '@/ui/icons.tsx';
import { nextPosition, OrderedListAdmin, OrderedRow } from '@/ui/OrderedList.tsx';
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
  const save = useSaveCommandPreset();
  const remove = useDeleteCommandPreset();
  const [text, setText] = useState(preset.text);
  return (
    <OrderedRow
      name={preset.text}
      index={index}
      count={count}
      onMove={onMove}
      view={<Text>{preset.text}</Text>}
      startEdit={() => setText(preset.text)}
      patch={() => ({ id: preset.id, text })}
      save={save}
      shownFields={['text']}
      onDelete={() => remove.mutateAsync(preset.id)}
      fields={
        <TextInput
          label={t('presets.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={500}
          error={fieldError(save.error, 'text')}
          data-autofocus
        />
      }
    />
  );
}

/** รูปแบบคำสั่งการ: the agency's command presets, in the order executives see them. */
export function CommandPresetAdmin() {
  const t = useT();
  const presets = useCommandPresets();
  const save = useSaveCommandPreset();
  const [text, setText] = useState('');

  const add = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ text, position: nextPosition(presets.data ?? []) }, { onSuccess: () => setText('') });
  };

  return (
    <OrderedListAdmin
      messages="presets"
      query={presets}
      save={save}
      renderRow={(p, i, count, move) => (
        <PresetRow key={p.id} preset={p} index={i} count={count} onMove={move} />
      )}
      addForm={
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
      }
    />
  );
}
