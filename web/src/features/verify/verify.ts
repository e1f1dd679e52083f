import type { PublicVerification, VerificationReport } from '@contracts/signing.contract.ts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMultipartUpload } from '@/features/letters/register-incoming-letter.ts';
import { api } from '@/lib/api.ts';

const PUBLIC = '/api/public';

function pdfForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
}

/** ตรวจสอบลายมือชื่อ: uploads a PDF and answers the report of its signatures; `progress` runs from 0 to 1. */
export function useVerifyPdf() {
  const { upload, progress } = useMultipartUpload();
  const mutation = useMutation({
    mutationFn: (file: File) => upload<VerificationReport>('/verify', pdfForm(file)),
  });
  return { ...mutation, progress };
}

/** What the QR code's page shows of a signed letter (no log-in). */
export function usePublicVerification(code: string) {
  return useQuery({
    queryKey: ['public-verify', code],
    queryFn: () => api<PublicVerification>('GET', `/verify/${encodeURIComponent(code)}`, { base: PUBLIC }),
    enabled: code !== '',
  });
}

/** ตรวจสอบไฟล์ที่ท่านมี: the report of the visitor's copy, and whether it is the copy the agency issued. */
export function useVerifyPublicCopy(code: string) {
  const { upload, progress } = useMultipartUpload();
  const mutation = useMutation({
    mutationFn: (file: File) =>
      upload<PublicVerification>(`/verify/${encodeURIComponent(code)}`, pdfForm(file), 'POST', PUBLIC),
  });
  return { ...mutation, progress };
}
