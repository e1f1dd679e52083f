import { ActionIcon, Button, Card, Group, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import type { Ordered } from '@/lib/ordered-resource.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { EmptyState } from './EmptyState.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { IconEdit, IconTrash } from './icons.tsx';
import { PageHeader } from './PageHeader.tsx';
import { QueryState } from './QueryState.tsx';
import { useToast } from './toast.tsx';

/** The position after the last of `list` (0 for an empty list). */
export const nextPosition = (list: readonly Ordered[]) =>
  list.length ? Math.max(...list.map((p) => p.position)) + 1 : 0;

/** The mutation part an ordered row and reorder need. */
interface SaveMutation {
  mutate: (input: { id: string }, options: { onSuccess: () => void }) => void;
  mutateAsync: (input: { id: string; position: number }) => Promise<unknown>;
  error: unknown;
  isPending: boolean;
}

/**
 * One item of an ordered list: its view with move up/down, edit and delete (with confirmation), or,
 * while editing, `fields` with cancel and save. `startEdit` resets the fields; `patch` is what to save.
 */
export function OrderedRow({
  name,
  index,
  count,
  onMove,
  view,
  fields,
  startEdit,
  patch,
  save,
  shownFields,
  onDelete,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  view: ReactNode;
  fields: ReactNode;
  startEdit: () => void;
  patch: () => { id: string };
  save: Pick<SaveMutation, 'mutate' | 'error' | 'isPending'>;
  shownFields: string[];
  onDelete: () => Promise<unknown>;
}) {
  const t = useT();
  const notify = useToast();
  const [editing, setEditing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(patch(), {
      onSuccess: () => {
        setEditing(false);
        notify(t('common.saved'));
      },
    });
  };
  const move = (to: number, label: string, arrow: string) => (
    <ActionIcon
      variant="default"
      size={44}
      disabled={to < 0 || to >= count}
      onClick={() => onMove(index, to)}
      aria-label={label}
    >
      {arrow}
    </ActionIcon>
  );
  return (
    <Card withBorder radius="md" padding="xs" role="listitem">
      {editing ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            {fields}
            <ErrorAlert error={save.error} shownFields={shownFields} />
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
          <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{view}</div>
          <Group gap="xs" wrap="nowrap" ml="auto">
            {move(index - 1, t('common.moveUpItem', { name }), '↑')}
            {move(index + 1, t('common.moveDownItem', { name }), '↓')}
            <ActionIcon
              variant="default"
              size={44}
              onClick={() => {
                startEdit();
                setEditing(true);
              }}
              aria-label={t('common.editItem', { name })}
            >
              <IconEdit size={18} />
            </ActionIcon>
            <ConfirmButton
              ariaLabel={t('common.deleteItem', { name })}
              message={t('common.deleteConfirm', { name })}
              onConfirm={onDelete}
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

/**
 * An administrator's ordered list page: header, the add form, then the items (or an empty state).
 * Moving an item renumbers positions 0, 1, 2 … in the new order, saving only those that change.
 */
export function OrderedListAdmin<T extends Ordered>({
  messages,
  query,
  save,
  addForm,
  renderRow,
}: {
  /** The catalogue prefix of the page's title, subtitle, empty and emptyHint messages. */
  messages: 'presets' | 'salutations';
  query: UseQueryResult<T[]>;
  save: Pick<SaveMutation, 'mutateAsync'>;
  addForm: ReactNode;
  renderRow: (item: T, index: number, count: number, onMove: (from: number, to: number) => void) => ReactNode;
}) {
  const t = useT();
  const title = t(`${messages}.title`);
  const [moveError, setMoveError] = useState<unknown>(null);
  const move = async (from: number, to: number) => {
    const order = [...(query.data ?? [])];
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
      <PageHeader title={title} subtitle={t(`${messages}.subtitle`)} />
      {addForm}
      <ErrorAlert error={moveError} />
      <QueryState query={query}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t(`${messages}.empty`)} hint={t(`${messages}.emptyHint`)} />
          ) : (
            <Stack gap="xs" role="list" aria-label={title}>
              {items.map((item, i) => renderRow(item, i, items.length, move))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
