import { Box, Button, Group, Image, Stack, Text } from '@mantine/core';
import SignaturePad from 'signature_pad';
import { type Ref, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/index.tsx';
import { canvasToBase64Png, trimCanvas } from './signature-image.ts';

/** A drawn signature being made: the pad hands its PNG out through `capture`. */
export interface SignaturePadHandle {
  /** The drawing as base64 PNG trimmed to its ink, or null when nothing is drawn. */
  capture(): string | null;
}

/**
 * A finger or pen signature pad (signature_pad) with บันทึก (keep this drawing) and ล้าง (start again).
 * The canvas follows the device's pixel ratio so strokes stay sharp, and keeps them on resize.
 */
export function SignaturePadField({
  label,
  onSaved,
  handleRef,
  saveLabel,
}: {
  label: string;
  /** The kept drawing (base64 PNG), or null after ล้าง. */
  onSaved: (png: string | null) => void;
  handleRef?: Ref<SignaturePadHandle>;
  saveLabel?: string;
}) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [empty, setEmpty] = useState(true);
  const labelId = useId();
  const drawing = saved === null;

  // A pad per canvas, made again after ล้าง.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !drawing) return;
    const pad = new SignaturePad(canvas, { penColor: '#0b2570', minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const fit = () => {
      const data = pad.toData();
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.fromData(data);
    };
    fit();
    const onEnd = () => setEmpty(pad.isEmpty());
    pad.addEventListener('endStroke', onEnd);
    window.addEventListener('resize', fit);
    return () => {
      window.removeEventListener('resize', fit);
      pad.removeEventListener('endStroke', onEnd);
      pad.off();
      padRef.current = null;
    };
  }, [drawing]);

  const capture = () => {
    const pad = padRef.current;
    const canvas = canvasRef.current;
    if (saved) return saved;
    if (!pad || !canvas || pad.isEmpty()) return null;
    return canvasToBase64Png(trimCanvas(canvas));
  };
  useImperativeHandle(handleRef, () => ({ capture }));

  const save = () => {
    const png = capture();
    if (!png) return;
    setSaved(png);
    onSaved(png);
  };
  const clear = () => {
    padRef.current?.clear();
    setEmpty(true);
    setSaved(null);
    onSaved(null);
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      {saved ? (
        <Box
          p="xs"
          style={{ border: '1px solid var(--mantine-color-teal-5)', borderRadius: 8, background: 'white' }}
        >
          <Image
            src={`data:image/png;base64,${saved}`}
            alt={t('letters.signature.preview')}
            mah={120}
            fit="contain"
          />
          <Text size="xs" c="teal.8" ta="center">
            {t('letters.signature.kept')}
          </Text>
        </Box>
      ) : (
        <Box
          component="canvas"
          ref={canvasRef}
          role="img"
          aria-labelledby={labelId}
          data-testid="signature-pad"
          style={{
            width: '100%',
            height: 180,
            touchAction: 'none',
            border: '1px dashed var(--mantine-color-gray-5)',
            borderRadius: 8,
            background: 'white',
            cursor: 'crosshair',
          }}
        />
      )}
      {!saved && (
        <Text size="xs" c="dimmed">
          {t('letters.signature.drawHint')}
        </Text>
      )}
      <Group gap="xs">
        {!saved && (
          <Button variant="light" h={44} onClick={save} disabled={empty}>
            {saveLabel ?? t('common.save')}
          </Button>
        )}
        <Button variant="default" h={44} onClick={clear}>
          {t('letters.signature.clear')}
        </Button>
      </Group>
    </Stack>
  );
}
