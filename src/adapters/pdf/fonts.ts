import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { TextFace } from './thai-text.ts';

/**
 * The two Sarabun weights the engine draws with. Loaded once per process: reading the TTFs, parsing them
 * with fontkit (for subsetting) and instantiating the HarfBuzz wasm (for shaping) costs ~100 ms, which
 * must not be paid per request.
 */
export interface Fonts {
  regular: TextFace;
  bold: TextFace;
}

const FONT_FILES = {
  regular: '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
  bold: '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf',
} as const;

let loading: Promise<Fonts> | undefined;

/** The process-wide fonts, loaded on first use. A failed load is not cached, so a later call retries. */
export function loadFonts(): Promise<Fonts> {
  if (!loading) {
    loading = doLoad().catch((err: unknown) => {
      loading = undefined;
      throw err;
    });
  }
  return loading;
}

async function doLoad(): Promise<Fonts> {
  const require = createRequire(import.meta.url);
  // harfbuzzjs instantiates its wasm with a top-level await, so a dynamic import keeps that cost off the
  // start-up path of processes that never draw text.
  const [hb, regularBytes, boldBytes] = await Promise.all([
    import('harfbuzzjs'),
    readFile(require.resolve(FONT_FILES.regular)),
    readFile(require.resolve(FONT_FILES.bold)),
  ]);
  const face = (bytes: Buffer): TextFace => {
    const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new TextFace(hb, new hb.Face(new hb.Blob(data), 0), fontkit.create(data));
  };
  return { regular: face(regularBytes), bold: face(boldBytes) };
}
