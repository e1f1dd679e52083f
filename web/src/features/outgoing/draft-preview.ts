import type { DraftContent } from '@contracts/outgoing.contract.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCurrentSession } from '@/features/auth/session.ts';
import { ApiError } from '@/lib/api.ts';
import { useI18n } from '@/lib/i18n/index.tsx';

/** How long typing must pause before the preview is drawn again. */
export const PREVIEW_DELAY_MS = 800;

/**
 * POST /outgoing/render: the draft as a PDF with the "ร่าง" mark. The JSON client reads JSON only, so this
 * one request is made here, with the same cookie, CSRF token and language, and the same error shape.
 */
async function renderDraftPdf(
  content: DraftContent,
  csrfToken: string,
  lang: string,
  networkMessage: string,
  signal: AbortSignal,
): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch('/api/v1/outgoing/render', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/pdf',
        'Accept-Language': lang,
        'Content-Type': 'application/json',
        'X-CSRF-Token': csrfToken,
      },
      body: JSON.stringify(content),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', networkMessage, undefined, '');
  }
  if (res.ok) return res.blob();
  const body = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: unknown };
    requestId?: string;
  } | null;
  const error = body?.error;
  throw new ApiError(
    res.status,
    error?.code ?? 'HTTP_ERROR',
    error?.message ?? networkMessage,
    error?.details,
    body?.requestId ?? '',
  );
}

/**
 * The live preview of a draft: `render(content)` draws it now; with `auto`, every change of `content`
 * draws it again once typing pauses. Holds one blob: URL at a time and frees the last one on unmount.
 */
export function useDraftPreview(content: DraftContent | null, auto: boolean) {
  const { lang, t } = useI18n();
  const session = useCurrentSession();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const inFlight = useRef<AbortController | null>(null);
  const current = useRef<string | null>(null);
  const key = content ? JSON.stringify(content) : '';

  const render = useCallback(
    async (draft: DraftContent) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setLoading(true);
      try {
        const pdf = await renderDraftPdf(
          draft,
          session.csrfToken,
          lang,
          t('error.network'),
          controller.signal,
        );
        if (current.current) URL.revokeObjectURL(current.current);
        current.current = URL.createObjectURL(pdf);
        setUrl(current.current);
        setError(null);
      } catch (err) {
        if ((err as Error).name !== 'AbortError') setError(err);
      } finally {
        if (inFlight.current === controller) setLoading(false);
      }
    },
    [session.csrfToken, lang, t],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `content`
  useEffect(() => {
    if (!auto || !content) return;
    const timer = setTimeout(() => void render(content), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [auto, key, render]);

  useEffect(
    () => () => {
      inFlight.current?.abort();
      if (current.current) URL.revokeObjectURL(current.current);
    },
    [],
  );

  return { url, error, loading, render };
}
