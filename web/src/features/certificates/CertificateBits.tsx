import { Badge, FileInput, PasswordInput, Text } from '@mantine/core';
import type { Lang, Translate } from '@/lib/i18n/index.tsx';
import { useT } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import type { Certificate } from './certificates.ts';
import { dnName } from './dn.ts';
import { P12_ACCEPT } from './p12.ts';

const STATUS_COLOR: Record<Certificate['status'], string> = {
  active: 'teal',
  revoked: 'red',
  expired: 'gray',
  'not-yet-valid': 'yellow',
};

/** ใช้งานได้ / ถูกเพิกถอน / หมดอายุ / ยังไม่ถึงวันเริ่มใช้. */
export function CertificateStatusBadge({ status }: { status: Certificate['status'] }) {
  const t = useT();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none">
      {t(`certs.status.${status}`)}
    </Badge>
  );
}

/** "ชื่อ — ออกโดย ผู้ออก — ถึง 5 ม.ค. 2571": how a certificate is named in a select. */
export function certificateLabel(c: Certificate, t: Translate, lang: Lang): string {
  return t('certs.option', {
    name: c.commonName,
    issuer: dnName(c.issuer),
    date: formatThaiDate(c.notAfter, lang),
  });
}

/** "5 ม.ค. 2569 – 5 ม.ค. 2571". */
export function validityText(notBefore: string, notAfter: string, lang: Lang): string {
  return `${formatThaiDate(notBefore, lang)} – ${formatThaiDate(notAfter, lang)}`;
}

/**
 * A SHA-256 fingerprint as colon-separated upper-case pairs, wrapping anywhere on a phone; `short` shows the
 * first 8 pairs (the whole value in the tooltip), enough to tell certificates apart in a list.
 */
export function Fingerprint({
  value,
  size = 'xs',
  short = false,
}: {
  value: string;
  size?: 'xs' | 'sm';
  short?: boolean;
}) {
  const hex = value.replace(/[^0-9a-f]/gi, '');
  const pairs = hex.length === 64 ? (hex.toUpperCase().match(/../g) ?? []) : null;
  const full = pairs ? pairs.join(':') : value;
  const shown = short && pairs ? `${pairs.slice(0, 8).join(':')}…` : full;
  return (
    <Text size={size} ff="monospace" title={full} style={{ overflowWrap: 'anywhere' }}>
      {shown}
    </Text>
  );
}

/** The .p12/.pfx file and its password: used to sign once, or to import into the system store. */
export function P12Fields({
  file,
  onFile,
  password,
  onPassword,
  fileError,
  passwordError,
  size,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
  password: string;
  onPassword: (password: string) => void;
  fileError?: string;
  passwordError?: string;
  size?: 'sm' | 'md';
}) {
  const t = useT();
  return (
    <>
      <FileInput
        label={t('certs.p12.file')}
        description={t('certs.p12.fileHint')}
        placeholder={t('certs.p12.choose')}
        accept={P12_ACCEPT}
        value={file}
        onChange={onFile}
        clearable
        required
        error={fileError}
        size={size}
        styles={{ input: { overflow: 'hidden' } }}
      />
      <PasswordInput
        label={t('certs.p12.password')}
        value={password}
        onChange={(e) => onPassword(e.currentTarget.value)}
        autoComplete="off"
        error={passwordError}
        size={size}
      />
    </>
  );
}
