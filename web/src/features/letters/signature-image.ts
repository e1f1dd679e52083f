/**
 * Signature images in the browser: trim a drawn signature to its ink, turn an uploaded photo or scan into
 * a PNG with a transparent background, and hand the server base64 without the "data:" prefix.
 */

/** PNG bytes of a canvas as base64 without the data-URL prefix. */
export function canvasToBase64Png(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

/** A copy of `source` cut to the box around its non-transparent pixels, with a small margin. */
export function trimCanvas(source: HTMLCanvasElement, margin = 8): HTMLCanvasElement {
  const ctx = source.getContext('2d');
  if (!ctx) return source;
  const { width, height } = source;
  const data = ctx.getImageData(0, 0, width, height).data;
  let top = height;
  let left = width;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if ((data[(y * width + x) * 4 + 3] ?? 0) === 0) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  if (right < 0) return source;
  const x = Math.max(0, left - margin);
  const y = Math.max(0, top - margin);
  const w = Math.min(width, right + margin + 1) - x;
  const h = Math.min(height, bottom + margin + 1) - y;
  const out = document.createElement('canvas');
  out.width = w;
  out.height = h;
  out.getContext('2d')?.drawImage(source, x, y, w, h, 0, 0, w, h);
  return out;
}

function loadImage(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => {
      URL.revokeObjectURL(url);
      resolve(img);
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('image'));
    };
    img.src = url;
  });
}

/**
 * An uploaded PNG or JPEG as a PNG (base64) no wider than `maxWidth`, with near-white paper made
 * transparent so the signature sits cleanly on the route page.
 */
export async function imageFileToSignaturePng(file: File, maxWidth = 800): Promise<string> {
  const img = await loadImage(file);
  const scale = Math.min(1, maxWidth / img.naturalWidth);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) {
    const light = Math.min(d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0);
    // Paper is light on every channel; ink is not. Fade the edge so strokes stay smooth.
    if (light > 235) d[i + 3] = 0;
    else if (light > 200) d[i + 3] = Math.round(((d[i + 3] ?? 255) * (235 - light)) / 35);
  }
  ctx.putImageData(pixels, 0, 0);
  return canvasToBase64Png(trimCanvas(canvas));
}
