import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { IconMail } from '@/ui/icons.tsx';
import { LanguageToggle } from './LanguageToggle.tsx';

/** The centred card of the log-in pages. */
export function AuthLayout({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const t = useT();
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)" px="md" py="lg">
      <Group justify="flex-end">
        <LanguageToggle />
      </Group>
      <Center>
        <Stack w="100%" maw={400} gap="lg" mt="md">
          <Stack align="center" gap={6}>
            <ThemeIcon size={56} radius="md">
              <IconMail size={32} />
            </ThemeIcon>
            <Text fw={700} size="lg" ta="center">
              {t('app.name')}
            </Text>
          </Stack>
          <Paper withBorder shadow="xs" radius="md" p="lg">
            <Title order={1} size="h3" mb="md">
              {title}
            </Title>
            {children}
          </Paper>
          {footer}
        </Stack>
      </Center>
    </Box>
  );
}
