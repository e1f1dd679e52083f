import { Card, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePhone } from './use-phone.ts';

/** One column of a DataList. */
export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** The card title on phones (one column should set it). */
  primary?: boolean;
  /** Leave out of the phone card. */
  desktopOnly?: boolean;
}

interface Props<T> {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  actions?: (row: T) => ReactNode;
  /** The table's accessible name. */
  label: string;
  minWidth?: number;
}

/** A list that is a table on wide screens and a stack of cards on phones. */
export function DataList<T>({ rows, columns, rowKey, actions, label, minWidth = 640 }: Props<T>) {
  const phone = usePhone();
  if (phone) {
    const primary = columns.find((c) => c.primary) ?? columns[0];
    const rest = columns.filter((c) => c !== primary && !c.desktopOnly);
    return (
      <Stack gap="xs" role="list" aria-label={label}>
        {rows.map((row) => (
          <Card key={rowKey(row)} withBorder padding="sm" radius="md" role="listitem">
            {primary && (
              <Text fw={600} mb={4}>
                {primary.render(row)}
              </Text>
            )}
            <Stack gap={2}>
              {rest.map((c) => (
                <Group key={c.key} gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" c="dimmed" miw={96} style={{ flexShrink: 0 }}>
                    {c.header}
                  </Text>
                  <Text size="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {c.render(row)}
                  </Text>
                </Group>
              ))}
            </Stack>
            {actions && (
              <Group gap="xs" mt="xs" justify="flex-end">
                {actions(row)}
              </Group>
            )}
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key}>{c.header}</Table.Th>
            ))}
            {actions && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c) => (
                <Table.Td key={c.key}>{c.render(row)}</Table.Td>
              ))}
              {actions && (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {actions(row)}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
