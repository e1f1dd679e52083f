import { ActionIcon, Button, Group, Input, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useRef } from 'react';
import type { FieldErrorOf } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { IconPlus, IconTrash } from '@/ui/icons.tsx';

/** ↑ ↓ and remove for one item of an ordered list; `name` makes each button's accessible name. */
export function OrderControls({
  name,
  index,
  count,
  reorderable,
  removable,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  reorderable: boolean;
  removable: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {reorderable && count > 1 && (
        <>
          <ActionIcon
            variant="default"
            size={44}
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('outgoing.moveUp', { name })}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="default"
            size={44}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t('outgoing.moveDown', { name })}
          >
            ↓
          </ActionIcon>
        </>
      )}
      {removable && (
        <ActionIcon
          variant="light"
          color="red"
          size={44}
          onClick={onRemove}
          aria-label={t('outgoing.remove', { name })}
        >
          <IconTrash size={18} />
        </ActionIcon>
      )}
    </Group>
  );
}

/** One line or paragraph with its buttons: paragraphs take the full width with the buttons under them. */
function LineItem({
  name,
  value,
  onChange,
  error,
  maxLength,
  multiline,
  controls,
}: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  maxLength: number;
  multiline: boolean;
  controls: Omit<Parameters<typeof OrderControls>[0], 'name'>;
}) {
  const field = {
    'aria-label': name,
    value,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
    error,
    maxLength,
    size: 'md',
    style: { flex: 1, minWidth: 0 },
  };
  if (multiline)
    return (
      <Paper withBorder p={6} role="listitem">
        <Stack gap={4}>
          <Textarea {...field} autosize minRows={3} />
          <OrderControls name={name} {...controls} />
        </Stack>
      </Paper>
    );
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" role="listitem">
      <TextInput {...field} />
      <OrderControls name={name} {...controls} />
    </Group>
  );
}

/**
 * A list of lines (อ้างถึง, สิ่งที่ส่งมาด้วย, สำเนาส่ง, paper recipients) or of paragraphs (ข้อความ): add,
 * remove and, with `reorderable`, move up and down. Each item is labelled "label n" for screen readers.
 * `err` gives the message of `path.i`.
 */
export function LinesField({
  label,
  itemLabel,
  addLabel,
  values,
  onChange,
  path,
  err,
  max,
  maxLength,
  multiline = false,
  reorderable = false,
  minItems = 0,
  description,
  required,
}: {
  label: string;
  /** "ย่อหน้าที่ {n}": the accessible name of one item. */
  itemLabel: (n: number) => string;
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
  path: string;
  err: FieldErrorOf;
  max: number;
  maxLength: number;
  multiline?: boolean;
  reorderable?: boolean;
  /** Items that cannot be removed (a letter keeps one paragraph). */
  minItems?: number;
  description?: string;
  required?: boolean;
}) {
  // Stable keys while items move: one id per item, kept in step with every change made here.
  const ids = useRef<number[]>([]);
  const next = useRef(0);
  while (ids.current.length < values.length) ids.current.push(next.current++);
  ids.current.length = values.length;

  const change = (items: string[], keys: number[]) => {
    ids.current = keys;
    onChange(items);
  };
  const set = (i: number, value: string) => onChange(values.map((v, j) => (j === i ? value : v)));
  const remove = (i: number) =>
    change(
      values.filter((_, j) => j !== i),
      ids.current.filter((_, j) => j !== i),
    );
  const move = (i: number, by: -1 | 1) => {
    const items = [...values];
    const keys = [...ids.current];
    [items[i], items[i + by]] = [items[i + by] ?? '', items[i] ?? ''];
    [keys[i], keys[i + by]] = [keys[i + by] ?? 0, keys[i] ?? 0];
    change(items, keys);
  };
  const add = () => change([...values, ''], [...ids.current, next.current++]);

  return (
    <Input.Wrapper label={label} description={description} error={err(path)} required={required}>
      <Stack gap={6} mt={4} role="list" aria-label={label}>
        {values.map((value, i) => (
          <LineItem
            key={ids.current[i]}
            name={itemLabel(i + 1)}
            value={value}
            onChange={(v) => set(i, v)}
            error={err(`${path}.${i}`)}
            maxLength={maxLength}
            multiline={multiline}
            controls={{
              index: i,
              count: values.length,
              reorderable,
              removable: values.length > minItems,
              onMove: (by) => move(i, by),
              onRemove: () => remove(i),
            }}
          />
        ))}
        {values.length < max && (
          <Button
            variant="light"
            h={44}
            leftSection={<IconPlus size={16} />}
            onClick={add}
            style={{ alignSelf: 'flex-start' }}
          >
            {addLabel}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
