import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One label and its value. Rows with a null, undefined or '' value are left out. */
export interface InfoItem {
  label: string;
  value: ReactNode;
}

/**
 * Labelled values as a description list: label beside value, the value dropping under its label when the
 * screen is too narrow; long values (names, fingerprints) wrap anywhere so nothing scrolls sideways.
 */
export function InfoList({ items, labelWidth = 150 }: { items: InfoItem[]; labelWidth?: number }) {
  const shown = items.filter((i) => i.value !== null && i.value !== undefined && i.value !== '');
  return (
    <Box component="dl" m={0}>
      {shown.map((item) => (
        <Box
          key={item.label}
          style={{ display: 'flex', flexWrap: 'wrap', columnGap: 'var(--mantine-spacing-sm)', rowGap: 0 }}
          py={3}
        >
          <Text component="dt" size="sm" c="dimmed" style={{ flex: `0 0 ${labelWidth}px` }}>
            {item.label}
          </Text>
          <Text
            component="dd"
            size="sm"
            m={0}
            style={{ flex: '1 1 160px', minWidth: 0, overflowWrap: 'anywhere' }}
          >
            {item.value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
