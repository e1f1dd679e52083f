import type { Salutation } from '@contracts/outgoing.contract.ts';
import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '@/lib/forms.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { IconPlus } from '@/ui/icons.tsx';
import { nextPosition, OrderedListAdmin, OrderedRow } from '@/ui/OrderedList.tsx';
import { useDeleteSalutation, useSalutations, useSaveSalutation } from './salutations.ts';

type Wording = Pick<Salutation, 'opening' | 'closing' | 'recipient'>;
const BLANK: Wording = { opening: '', closing: '', recipient: '' };
const FIELDS = ['opening', 'closing', 'recipient'];

/** คำขึ้นต้น, คำลงท้าย and whom the pair is for. */
function WordingFields({
  value,
  onChange,
  error,
  autoFocus = false,
}: {
  value: Wording;
  onChange: (value: Wording) => void;
  error: unknown;
  autoFocus?: boolean;
}) {
  const t = useT();
  const input = (name: keyof Wording, maxLength: number) => ({
    label: t(`salutations.${name}`),
    value: value[name],
    onChange: (e: { currentTarget: { value: string } }) =>
      onChange({ ...value, [name]: e.currentTarget.value }),
    error: fieldError(error, name),
    maxLength,
  });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <TextInput
          {...input('opening', 100)}
          placeholder={t('salutations.openingPlaceholder')}
          required
          data-autofocus={autoFocus || undefined}
        />
        <TextInput {...input('closing', 100)} placeholder={t('salutations.closingPlaceholder')} required />
      </SimpleGrid>
      <TextInput {...input('recipient', 300)} placeholder={t('salutations.recipientPlaceholder')} />
    </>
  );
}

/** One pair: its wording and recipient (editable in place), move up/down, delete with confirmation. */
function SalutationRow({
  item,
  index,
  count,
  onMove,
}: {
  item: Salutation;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
}) {
  const save = useSaveSalutation();
  const remove = useDeleteSalutation();
  const [value, setValue] = useState<Wording>(item);
  const name = `${item.opening} – ${item.closing}`;
  return (
    <OrderedRow
      name={name}
      index={index}
      count={count}
      onMove={onMove}
      view={
        <>
          <Text fw={500}>{name}</Text>
          {item.recipient && (
            <Text size="sm" c="dimmed">
              {item.recipient}
            </Text>
          )}
        </>
      }
      startEdit={() => setValue(item)}
      patch={() => ({ id: item.id, ...value })}
      save={save}
      shownFields={FIELDS}
      onDelete={() => remove.mutateAsync(item.id)}
      fields={<WordingFields value={value} onChange={setValue} error={save.error} autoFocus />}
    />
  );
}

/** คำขึ้นต้นและคำลงท้าย: the pairs the draft editor offers, in this order. */
export function SalutationAdmin() {
  const t = useT();
  const salutations = useSalutations();
  const save = useSaveSalutation();
  const [value, setValue] = useState<Wording>(BLANK);

  const add = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { ...value, position: nextPosition(salutations.data ?? []) },
      { onSuccess: () => setValue(BLANK) },
    );
  };

  return (
    <OrderedListAdmin
      messages="salutations"
      query={salutations}
      save={save}
      renderRow={(s, i, count, move) => (
        <SalutationRow key={s.id} item={s} index={i} count={count} onMove={move} />
      )}
      addForm={
        <Card withBorder radius="md" padding="sm" component="form" onSubmit={add} noValidate>
          <Stack gap="xs">
            <Text fw={500}>{t('salutations.new')}</Text>
            <WordingFields value={value} onChange={setValue} error={save.error} />
            <ErrorAlert error={save.error} shownFields={FIELDS} />
            <Group justify="flex-end">
              <Button type="submit" h={44} leftSection={<IconPlus size={16} />} loading={save.isPending}>
                {t('common.add')}
              </Button>
            </Group>
          </Stack>
        </Card>
      }
    />
  );
}
