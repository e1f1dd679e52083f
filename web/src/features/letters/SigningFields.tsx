import { PasswordInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { ApiError } from '@/lib/api.ts';
import { fieldError, fieldIssue } from '@/lib/forms.ts';
import { type Translate, useT } from '@/lib/i18n/index.tsx';
import { useMyCapacities, useSignatureStatus } from './account-signature.ts';
import { CapacitySelect, defaultCapacity } from './CapacitySelect.tsx';
import { SignatureChoice, type SignatureMode } from './SignatureChoice.tsx';
import type { SignaturePadHandle } from './SignaturePadField.tsx';

/** The body paths the signing fields show their errors under. */
export const SIGNING_FIELDS = ['password', 'signatureImage', 'appointmentId'];

/**
 * What a signing dialog asks (ตำแหน่งการลงนาม, a stored or drawn signature, the password again): the
 * state of SigningFields, and `collect` for the request body.
 */
export function useSigning() {
  const capacities = useMyCapacities();
  const signature = useSignatureStatus();
  const padRef = useRef<SignaturePadHandle>(null);
  const [capacity, setCapacity] = useState<string | null>(null);
  const [mode, setMode] = useState<SignatureMode | null>(null);
  const [password, setPassword] = useState('');
  const held = capacities.data?.capacities ?? [];
  const appointmentId = capacity ?? defaultCapacity(held);
  const signMode: SignatureMode = mode ?? (signature.data?.hasImage ? 'stored' : 'draw');

  /** The signing part of the body; throws a field issue when the drawing or the password is missing. */
  const collect = (t: Translate) => {
    // The stored image is used when no drawing is sent.
    const signatureImage = signMode === 'draw' ? (padRef.current?.capture() ?? null) : undefined;
    if (signatureImage === null) throw fieldIssue('signatureImage', t('letters.signature.required'), t);
    if (!password) throw fieldIssue('password', t('common.required'), t);
    return { appointmentId: appointmentId || undefined, password, signatureImage };
  };
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
    collect,
  };
}

/** A field's message, with a wrong signing password shown under the password. */
export function signingError(error: unknown, path: string): string | undefined {
  return (
    fieldError(error, path) ??
    (path === 'password' && error instanceof ApiError && error.code.includes('PASSWORD')
      ? error.message
      : undefined)
  );
}

/** ตำแหน่งการลงนาม, ลายเซ็น and รหัสผ่าน, as the command and signing dialogs ask them. */
export function SigningFields({
  signing,
  error,
}: {
  signing: ReturnType<typeof useSigning>;
  error: unknown;
}) {
  const t = useT();
  const err = (path: string) => signingError(error, path);
  return (
    <>
      <CapacitySelect
        capacities={signing.held}
        value={signing.appointmentId}
        onChange={signing.setCapacity}
        error={err('appointmentId')}
      />
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
