import { Button, Card, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api.ts';
import { fileToBase64 } from '@/lib/files.ts';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useToast } from '@/ui/toast.tsx';

/**
 * The agency's emblem printed at the head of its letters (3 cm on external letters, 1.5 cm on memos): upload
 * a PNG or JPEG, see it, or remove it to go back to the neutral placeholder.
 */
export function EmblemSetting() {
  const t = useT();
  const notify = useToast();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: ['agency-emblem'],
    queryFn: () => api<{ hasEmblem: boolean }>('GET', '/agency/emblem'),
  });
  const save = useMutation({
    mutationFn: async (file: File | null) =>
      file
        ? api<{ hasEmblem: boolean }>('PUT', '/agency/emblem', { body: { image: await fileToBase64(file) } })
        : api<{ hasEmblem: boolean }>('DELETE', '/agency/emblem'),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['agency-emblem'] });
      notify(t('outgoing.emblem.saved'));
    },
  });
  return (
    <Card withBorder radius="md" padding="sm">
      <Stack gap={6}>
        <Text fw={600}>{t('outgoing.emblem.title')}</Text>
        {status.data?.hasEmblem && (
          <Image
            src={`/api/v1/agency/emblem.png?v=${save.submittedAt}`}
            alt=""
            h={72}
            w="auto"
            fit="contain"
          />
        )}
        <Group gap="xs">
          <FileButton onChange={(f) => f && save.mutate(f)} accept="image/png,image/jpeg">
            {(props) => (
              <Button {...props} variant="default" h={44} loading={save.isPending}>
                {t('outgoing.emblem.upload')}
              </Button>
            )}
          </FileButton>
          {status.data?.hasEmblem && (
            <Button variant="subtle" color="red" h={44} onClick={() => save.mutate(null)}>
              {t('outgoing.emblem.remove')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('outgoing.emblem.hint')}
        </Text>
        <ErrorAlert error={save.error} />
      </Stack>
    </Card>
  );
}
