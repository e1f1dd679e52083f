import { Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PdfButtons, PdfFrame } from '@/features/letters/LetterDocuments.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { usePhone } from '@/ui/use-phone.ts';

/**
 * True once the page's Content-Security-Policy has refused to show a `blob:` PDF in a frame (frame-src
 * without blob:): the preview then offers to open the PDF instead.
 */
function useBlobFramesBlocked(active: boolean): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    if (!active) return;
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.blockedURI.startsWith('blob') && /^(frame|child|default)-src/.test(e.effectiveDirective))
        setBlocked(true);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, [active]);
  return blocked;
}

/**
 * A PDF: in the page on wide screens; on phones (whose browsers rarely show a PDF inside a page) buttons
 * that open it full screen or download it. `fileName` names the download; without it, the server's name.
 */
export function PdfPane({
  url,
  title,
  fileName,
  openLabel,
  height = '75vh',
}: {
  url: string;
  title: string;
  fileName?: string;
  openLabel: string;
  height?: string;
}) {
  const t = useT();
  const phone = usePhone();
  const blocked = useBlobFramesBlocked(url.startsWith('blob:'));
  const buttons = <PdfButtons url={url} openLabel={openLabel} fileName={fileName} />;
  if (phone || blocked)
    return (
      <Stack gap="xs" className="no-print">
        {blocked && (
          <Text size="sm" c="dimmed">
            {t('outgoing.previewInTab')}
          </Text>
        )}
        {buttons}
      </Stack>
    );
  return (
    <Stack gap="xs" className="no-print">
      <PdfFrame url={url} title={title} height={height} />
      {buttons}
    </Stack>
  );
}
