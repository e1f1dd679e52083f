// Draws the app icons (a white envelope on the theme blue) as PNGs with node:zlib, no image library.
// Run: node web/tools/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x12, 0x54, 0xb3];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Distance from point to segment, for the envelope's flap lines.
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour at unit coordinates (0..1): null = transparent. */
function sample(u, v, { rounded, inset }) {
  const r = 0.2;
  if (rounded) {
    const cx = Math.min(Math.max(u, r), 1 - r);
    const cy = Math.min(Math.max(v, r), 1 - r);
    if (Math.hypot(u - cx, v - cy) > r) return null;
  }
  const s = inset; // envelope scale (maskable icons keep a safe zone)
  const x0 = 0.5 - 0.3 * s;
  const x1 = 0.5 + 0.3 * s;
  const y0 = 0.5 - 0.2 * s;
  const y1 = 0.5 + 0.2 * s;
  const w = 0.035 * s;
  const inRect = u >= x0 && u <= x1 && v >= y0 && v <= y1;
  if (!inRect) return BLUE;
  const border = u - x0 < w || x1 - u < w || v - y0 < w || y1 - v < w;
  const flap =
    segDist(u, v, x0, y0, 0.5, 0.5 + 0.02 * s) < w / 1.4 ||
    segDist(u, v, x1, y0, 0.5, 0.5 + 0.02 * s) < w / 1.4;
  return border || flap ? WHITE : BLUE;
}

function render(size, opts) {
  const out = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const c = sample((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size, opts);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (y * size + x) * 4;
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return png(size, out);
}

const dir = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon-192.png', dir), render(192, { rounded: true, inset: 1 }));
writeFileSync(new URL('icon-512.png', dir), render(512, { rounded: true, inset: 1 }));
writeFileSync(new URL('icon-512-maskable.png', dir), render(512, { rounded: false, inset: 0.75 }));
writeFileSync(new URL('apple-touch-icon.png', dir), render(180, { rounded: false, inset: 0.9 }));
console.log('icons written to web/public');
