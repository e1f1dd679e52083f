import type { SessionInfo } from '@contracts/auth.contract.ts';
import type { IncomingLetterMetadata, Letter } from '@contracts/letters.contract.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { sessionKey } from '@/features/auth/session.ts';
import { ApiError } from '@/lib/api.ts';
import { useI18n } from '@/lib/i18n/index.tsx';
import { letterKeys } from './letters.ts';

/** The files of an incoming letter, in the multipart parts the server reads. */
export interface IncomingLetterFiles {
  document: File | null;
  scans: File[];
  attachments: File[];
}

interface UploadOptions {
  csrfToken: string | undefined;
  lang: 'th' | 'en';
  networkMessage: string;
  onProgress: (fraction: number) => void;
}

function toApiError(status: number, body: string, networkMessage: string): ApiError {
  try {
    const parsed = JSON.parse(body) as {
      error?: { code?: string; message?: string; details?: unknown };
      requestId?: string;
    };
    if (parsed.error?.code)
      return new ApiError(
        status,
        parsed.error.code,
        parsed.error.message ?? parsed.error.code,
        parsed.error.details,
        parsed.requestId ?? '',
      );
  } catch {
    // not JSON: a proxy or the network answered
  }
  return new ApiError(status, status >= 500 ? 'INTERNAL' : 'HTTP_ERROR', networkMessage, undefined, '');
}

/**
 * Sends multipart/form-data to `url` (the whole path, e.g. /api/v1/letters/incoming), by POST unless told PUT. XMLHttpRequest rather than fetch so a user on a
 * phone sees how far a 25 MB file has gone; the CSRF token and language travel as with every other request.
 */
function sendMultipart<T>(
  method: 'POST' | 'PUT',
  url: string,
  form: FormData,
  options: UploadOptions,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', options.lang);
    if (options.csrfToken) xhr.setRequestHeader('X-CSRF-Token', options.csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
      else reject(toApiError(xhr.status, xhr.responseText, options.networkMessage));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', options.networkMessage, undefined, ''));
    xhr.send(form);
  });
}

/**
 * A multipart upload with progress, for use inside a mutation: `upload(path, form)` posts (or, with
 * `method` 'PUT', puts) with the cached session's CSRF token, if any; `progress` runs from 0 to 1. `base` is
 * the path prefix, '/api/v1' unless told otherwise (the public verification page uses '/api/public').
 */
export function useMultipartUpload() {
  const { lang, t } = useI18n();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const upload = <T>(
    path: string,
    form: FormData,
    method: 'POST' | 'PUT' = 'POST',
    base = '/api/v1',
  ): Promise<T> => {
    setProgress(0);
    const session = queryClient.getQueryData<SessionInfo | null>(sessionKey);
    return sendMultipart<T>(method, `${base}${path}`, form, {
      csrfToken: session?.csrfToken,
      lang,
      networkMessage: t('error.network'),
      onProgress: setProgress,
    });
  };
  return { upload, progress };
}

/** ลงทะเบียนรับหนังสือ: uploads the metadata and files; `progress` runs from 0 to 1. */
export function useRegisterIncomingLetter() {
  const queryClient = useQueryClient();
  const { upload, progress } = useMultipartUpload();
  const mutation = useMutation({
    mutationFn: ({ metadata, files }: { metadata: IncomingLetterMetadata; files: IncomingLetterFiles }) => {
      const form = new FormData();
      // The metadata part comes first so the server can check it before reading the files.
      form.append('metadata', JSON.stringify(metadata));
      if (files.document) form.append('document', files.document, files.document.name);
      for (const scan of files.scans) form.append('scans', scan, scan.name);
      for (const file of files.attachments) form.append('attachments', file, file.name);
      return upload<Letter>('/letters/incoming', form);
    },
    onSuccess: (letter) => {
      queryClient.setQueryData(letterKeys.one(letter.id), letter);
      void queryClient.invalidateQueries({ queryKey: letterKeys.all });
    },
  });
  return { ...mutation, progress };
}
