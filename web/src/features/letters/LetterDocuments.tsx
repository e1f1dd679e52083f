import type { Letter } from '@contracts/letters.contract.ts';
import { Anchor, Badge, Box, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { usePhone } from '@/ui/use-phone.ts';
import { formatBytes } from './letter-files.ts';
import { useLetterDates } from './thai-format.ts';

/** The URL of the letter's PDF, the current revision unless one is given. */
export function letterPdfUrl(id: string, revision?: number): string {
  return `/api/v1/letters/${id}/pdf${revision ? `?revision=${revision}` : ''}`;
}

/** เปิด PDF (full screen, a new tab) and ดาวน์โหลด PDF; `fileName` names the download. */
export function PdfButtons({
  url,
  openLabel,
  fileName,
}: {
  url: string;
  openLabel?: string;
  fileName?: string;
}) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button component="a" href={url} target="_blank" rel="noopener" h={44}>
        {openLabel ?? t('letters.openPdf')}
      </Button>
      <Button component="a" href={url} download={fileName ?? true} variant="default" h={44}>
        {t('letters.downloadPdf')}
      </Button>
    </Group>
  );
}

/** A PDF shown in the page (wide screens). */
export function PdfFrame({ url, title, height = '75vh' }: { url: string; title: string; height?: string }) {
  return (
    // An iframe, not <object>: the app's Content-Security-Policy has object-src 'none'.
    <Box
      component="iframe"
      src={url}
      title={title}
      style={{ width: '100%', height, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
    />
  );
}

/**
 * The current PDF: shown in the page on wide screens; on phones (whose browsers rarely show a PDF inside a
 * page) a "เปิด PDF" button opens it full screen. A download link either way.
 */
export function PdfViewer({ letter }: { letter: Letter }) {
  const t = useT();
  const phone = usePhone();
  if (!letter.hasDocument)
    return (
      <Card withBorder radius="md">
        <Text size="sm" c="dimmed">
          {t('letters.noDocument')}
        </Text>
      </Card>
    );
  const url = letterPdfUrl(letter.id);
  if (phone)
    return (
      <div className="no-print">
        <PdfButtons url={url} />
      </div>
    );
  return (
    <Stack gap="xs" className="no-print">
      <PdfFrame url={url} title={t('letters.document')} />
      <PdfButtons url={url} />
    </Stack>
  );
}

/** Every revision of the PDF (original, scan, receipt stamps, route pages), each downloadable. */
export function RevisionList({ letter }: { letter: Letter }) {
  const t = useT();
  const dates = useLetterDates();
  if (letter.revisions.length === 0) return null;
  const latest = Math.max(...letter.revisions.map((r) => r.revision));
  return (
    <Card withBorder radius="md" component="section" aria-label={t('letters.revisions')}>
      <Text fw={600} mb="xs">
        {t('letters.revisions')}
      </Text>
      <Stack gap={6}>
        {[...letter.revisions]
          .sort((a, b) => b.revision - a.revision)
          .map((r) => (
            <Group key={r.revision} justify="space-between" gap="xs" wrap="nowrap" mih={44}>
              <div style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t('letters.revision', { n: dates.num(r.revision) })}
                  </Text>
                  <Text size="sm">{t(`letters.revisionReason.${r.reason}`)}</Text>
                  {r.revision === latest && (
                    <Badge size="xs" variant="light">
                      {t('letters.currentRevision')}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {dates.dateTime(r.createdAt)} · {r.createdByName} · {formatBytes(r.size)}
                </Text>
              </div>
              <Anchor href={letterPdfUrl(letter.id, r.revision)} download size="sm" style={{ flexShrink: 0 }}>
                {t('letters.download')}
              </Anchor>
            </Group>
          ))}
      </Stack>
    </Card>
  );
}

/** Attachment rows: the file name (a download link), its size, and an optional control per file. */
export function AttachmentRows<A extends { id: string; fileName: string; size: number }>({
  attachments,
  href,
  action,
}: {
  attachments: A[];
  href: (a: A) => string;
  action?: (a: A) => ReactNode;
}) {
  return (
    <Stack gap={6}>
      {attachments.map((a) => (
        <Group key={a.id} justify="space-between" gap="xs" wrap="nowrap" mih={44}>
          <Anchor
            href={href(a)}
            target="_blank"
            rel="noopener"
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
          >
            {a.fileName}
          </Anchor>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Text size="xs" c="dimmed">
              {formatBytes(a.size)}
            </Text>
            {action?.(a)}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}

/** The letter's attachments (สิ่งที่ส่งมาด้วย), each downloadable. */
export function AttachmentList({ letter }: { letter: Letter }) {
  const t = useT();
  if (letter.attachments.length === 0) return null;
  return (
    <Card withBorder radius="md" component="section" aria-label={t('letters.file.attachments')}>
      <Text fw={600} mb="xs">
        {t('letters.file.attachments')}
      </Text>
      <AttachmentRows
        attachments={letter.attachments}
        href={(a) => `/api/v1/letters/${letter.id}/attachments/${a.id}`}
      />
    </Card>
  );
}
