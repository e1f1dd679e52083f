import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled card that is a landmark of its own (a `section` named by its title), optionally with a short
 * hint under the title. `order` is the heading level (3 inside a page with an h1/h2 above).
 */
export function SectionCard({
  title,
  hint,
  order = 3,
  children,
}: {
  title: string;
  hint?: ReactNode;
  order?: 2 | 3;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={order} size="h4" mb={hint ? 4 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}
