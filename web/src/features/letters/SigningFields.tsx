import type { SigningFields as SigningBody } from '@contracts/signing.contract.ts';
import { Anchor, NativeSelect, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { certificateLabel, P12Fields } from '@/features/certificates/CertificateBits.tsx';
import { useMyCertificates, usableCertificates } from '@/features/certificates/certificates.ts';
import { dnName } from '@/features/certificates/dn.ts';
import { readP12 } from '@/features/certificates/p12.ts';
import { CERTIFICATE_ERRORS } from '@/features/certificates/p12-errors.ts';
import { ApiError } from '@/lib/api.ts';
import { fieldError, fieldIssue } from '@/lib/forms.ts';
import { type Translate, useI18n } from '@/lib/i18n/index.tsx';
import { formatThaiDate } from '@/lib/thai-date.ts';
import { useMyCapacities, useSignatureStatus } from './account-signature.ts';
import { CapacitySelect, defaultCapacity } from './CapacitySelect.tsx';
import { SignatureChoice, type SignatureMode } from './SignatureChoice.tsx';
import type { SignaturePadHandle } from './SignaturePadField.tsx';

/** The body paths the signing fields show their errors under. */
export const SIGNING_FIELDS = [
  'password',
  'signatureImage',
  'appointmentId',
  'mode',
  'certificateId',
  'p12',
  'p12Password',
];

/** วิธีลงนาม: electronic (signature image + password, sealed by the unit) or digital with one's certificate. */
export type SigningMethod = SigningBody['mode'];
/** Where the certificate comes from: the system store, or a .p12 on this device. */
export type CertificateSource = 'store' | 'device';

/** Server error codes about a signing field other than the certificate (shown under it, not in the alert). */
const CODE_PATHS: Record<string, string> = {
  SIGN_PASSWORD_WRONG: 'password',
  SIGNATURE_IMAGE_REQUIRED: 'signatureImage',
};

function codePath(code: string, source: CertificateSource): string | undefined {
  const about = CERTIFICATE_ERRORS[code];
  if (about === 'file-password') return 'p12Password';
  if (about === 'certificate') return source === 'store' ? 'certificateId' : 'p12';
  return CODE_PATHS[code] ?? (code.includes('PASSWORD') ? 'password' : undefined);
}

/**
 * A field's message: a validation issue at `path`, or a server error about that signing field (a wrong
 * password under the password, a certificate problem under the certificate shown, per `source`).
 */
export function signingError(
  error: unknown,
  path: string,
  source: CertificateSource = 'store',
): string | undefined {
  const issue = fieldError(error, path);
  if (issue) return issue;
  if (!(error instanceof ApiError) || error.issues.length > 0) return undefined;
  return codePath(error.code, source) === path ? error.message : undefined;
}

/**
 * What a signing dialog asks (ตำแหน่งการลงนาม, วิธีลงนาม with its certificate, a stored or drawn signature,
 * the password again): the state of SigningFields, and `collect` for the request body.
 */
export function useSigning() {
  const capacities = useMyCapacities();
  const signature = useSignatureStatus();
  const padRef = useRef<SignaturePadHandle>(null);
  const [capacity, setCapacity] = useState<string | null>(null);
  const [mode, setMode] = useState<SignatureMode | null>(null);
  const [password, setPassword] = useState('');
  const [method, setMethod] = useState<SigningMethod>('electronic');
  const [source, setSource] = useState<CertificateSource | null>(null);
  const [chosenCertificate, setCertificateId] = useState<string | null>(null);
  const [p12File, setP12File] = useState<File | null>(null);
  const [p12Password, setP12Password] = useState('');
  const certificates = useMyCertificates(method === 'certificate');
  const usable = usableCertificates(certificates.data);
  const held = capacities.data?.capacities ?? [];
  const appointmentId = capacity ?? defaultCapacity(held);
  const signMode: SignatureMode = mode ?? (signature.data?.hasImage ? 'stored' : 'draw');
  // Without a usable certificate in the store, the file on this device is the way.
  const certSource: CertificateSource =
    source ?? (certificates.isSuccess && usable.length === 0 ? 'device' : 'store');
  const certificateId =
    chosenCertificate && usable.some((c) => c.id === chosenCertificate)
      ? chosenCertificate
      : (usable[0]?.id ?? null);

  /** The signing part of the body; throws a field issue when something asked is missing. */
  const collect = async (t: Translate) => {
    let certificate: Omit<SigningBody, 'mode'> = {};
    if (method === 'certificate') {
      if (certSource === 'store') {
        if (!certificateId) throw fieldIssue('certificateId', t('signing.certificateRequired'), t);
        certificate = { certificateId };
      } else {
        certificate = { p12: await readP12(p12File, t), p12Password };
      }
    }
    // The stored image is used when no drawing is sent.
    const signatureImage = signMode === 'draw' ? (padRef.current?.capture() ?? null) : undefined;
    if (signatureImage === null) throw fieldIssue('signatureImage', t('letters.signature.required'), t);
    if (!password) throw fieldIssue('password', t('common.required'), t);
    return {
      appointmentId: appointmentId || undefined,
      password,
      signatureImage,
      mode: method,
      ...certificate,
    };
  };

  /** The paths shown now: an error about one of them is said under it, not again in the alert. */
  const shownPaths = [
    'password',
    'signatureImage',
    'appointmentId',
    ...(method === 'certificate'
      ? certSource === 'store'
        ? ['certificateId']
        : ['p12', 'p12Password']
      : []),
  ];
  /** A field's message, a certificate problem under the certificate field shown. */
  const errorAt = (error: unknown, path: string) => signingError(error, path, certSource);
  /** True when the server's error is already said under a signing field shown now. */
  const shownInFields = (error: unknown) =>
    error instanceof ApiError &&
    error.issues.length === 0 &&
    shownPaths.some((p) => errorAt(error, p) !== undefined);

  return {
    held,
    appointmentId,
    setCapacity,
    status: signature.data,
    signMode,
    setMode,
    padRef,
    password,
    setPassword,
    method,
    setMethod,
    certSource,
    setSource,
    certificates,
    usable,
    certificateId,
    setCertificateId,
    p12File,
    setP12File,
    p12Password,
    setP12Password,
    collect,
    errorAt,
    shownInFields,
  };
}

type Signing = ReturnType<typeof useSigning>;

/** เลือก Certificate จากที่เก็บในระบบ, or the .p12 from the device with its password. */
function CertificateFields({ signing, error }: { signing: Signing; error: unknown }) {
  const { t, lang } = useI18n();
  const err = (path: string) => signing.errorAt(error, path);
  const { certificates, usable } = signing;
  const chosen = usable.find((c) => c.id === signing.certificateId);
  return (
    <Stack gap="sm" pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-saraban-light)' }}>
      <Radio.Group
        label={t('signing.source')}
        value={signing.certSource}
        onChange={(v) => signing.setSource(v as CertificateSource)}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="store" label={t('signing.source.store')} />
          <Radio value="device" label={t('signing.source.device')} />
        </Stack>
      </Radio.Group>
      {signing.certSource === 'store' ? (
        <Stack gap={4}>
          <NativeSelect
            label={t('signing.certificate')}
            value={signing.certificateId ?? ''}
            onChange={(e) => signing.setCertificateId(e.currentTarget.value || null)}
            disabled={usable.length === 0}
            required
            size="md"
            description={
              chosen &&
              t('signing.certificateDetail', {
                issuer: dnName(chosen.issuer),
                date: formatThaiDate(chosen.notAfter, lang, 'long'),
              })
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={err('certificateId') ?? (certificates.isError ? certificates.error.message : undefined)}
            data={
              usable.length === 0
                ? [
                    {
                      value: '',
                      label: certificates.isPending ? t('common.loading') : t('signing.noCertificates'),
                    },
                  ]
                : usable.map((c) => ({ value: c.id, label: certificateLabel(c, t, lang) }))
            }
          />
          {certificates.isSuccess && usable.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('signing.noCertificatesHint')}{' '}
              <Anchor component={Link} to="/account/certificates" size="sm">
                {t('certs.mine')}
              </Anchor>
            </Text>
          )}
        </Stack>
      ) : (
        <P12Fields
          file={signing.p12File}
          onFile={signing.setP12File}
          password={signing.p12Password}
          onPassword={signing.setP12Password}
          fileError={err('p12')}
          passwordError={err('p12Password')}
          size="md"
        />
      )}
    </Stack>
  );
}

/** ตำแหน่งการลงนาม, วิธีลงนาม (and the certificate), ลายเซ็น and รหัสผ่าน, as the command and signing dialogs ask them. */
export function SigningFields({ signing, error }: { signing: Signing; error: unknown }) {
  const { t } = useI18n();
  const err = (path: string) => signing.errorAt(error, path);
  return (
    <>
      <CapacitySelect
        capacities={signing.held}
        value={signing.appointmentId}
        onChange={signing.setCapacity}
        error={err('appointmentId')}
      />
      <Radio.Group
        label={t('signing.method')}
        value={signing.method}
        onChange={(v) => signing.setMethod(v as SigningMethod)}
        error={err('mode')}
      >
        <Stack gap="xs" mt={6}>
          <Radio value="electronic" label={t('signing.method.electronic')} />
          <Radio
            value="certificate"
            label={t('signing.method.certificate')}
            description={t('signing.method.certificateHint')}
          />
        </Stack>
      </Radio.Group>
      {signing.method === 'certificate' && <CertificateFields signing={signing} error={error} />}
      <SignatureChoice
        status={signing.status}
        mode={signing.signMode}
        onMode={signing.setMode}
        padRef={signing.padRef}
        error={err('signatureImage')}
      />
      <PasswordInput
        label={t('letters.signPassword')}
        description={t('letters.signPasswordHint')}
        value={signing.password}
        onChange={(e) => signing.setPassword(e.currentTarget.value)}
        required
        autoComplete="current-password"
        error={err('password')}
        size="md"
      />
    </>
  );
}
