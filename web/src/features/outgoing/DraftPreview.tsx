import type { DraftContent } from '@contracts/outgoing.contract.ts';
import { Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { ErrorAlert } from '@/ui/ErrorAlert.tsx';
import { useDraftPreview } from './draft-preview.ts';
import { PdfPane } from './PdfPane.tsx';

/**
 * ตัวอย่าง: the draft as the server lays it out, marked "ร่าง". Beside the editor (`auto`) it follows the
 * typing; in the phone's tab it is drawn on opening and on "แสดงตัวอย่าง". `content` is null until there
 * is a subject and some text.
 */
export function DraftPreview({ content, auto }: { content: DraftContent | null; auto: boolean }) {
  const t = useT();
  const preview = useDraftPreview(content, auto);
  const { render } = preview;
  const ready = content !== null;
  // The phone's tab draws the letter as it is when the tab opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the tab opens
  useEffect(() => {
    if (!auto && content) void render(content);
  }, [auto, render]);

  return (
    <Card withBorder radius="md" component="section" aria-label={t('outgoing.preview')}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <Text fw={600}>{t('outgoing.preview')}</Text>
            {preview.loading && <Loader size="xs" aria-label={t('outgoing.previewDrawing')} />}
          </Group>
          <Button
            variant="light"
            h={44}
            disabled={!ready}
            loading={preview.loading}
            onClick={() => content && void render(content)}
          >
            {t(preview.url ? 'outgoing.previewRefresh' : 'outgoing.previewShow')}
          </Button>
        </Group>
        {!ready && (
          <Text size="sm" c="dimmed">
            {t('outgoing.previewNeeds')}
          </Text>
        )}
        <ErrorAlert error={preview.error} />
        {preview.url && (
          <PdfPane
            url={preview.url}
            title={t('outgoing.preview')}
            fileName={`${t('outgoing.previewFile')}.pdf`}
            openLabel={t('outgoing.previewOpen')}
          />
        )}
      </Stack>
    </Card>
  );
}
