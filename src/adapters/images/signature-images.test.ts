import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { sharpSignatureImages } from './signature-images.ts';

/** A "photo" of a signature: a dark stroke on slightly grey paper, as a JPEG. */
async function photographedSignature(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="160">
    <rect width="400" height="160" fill="rgb(236,234,230)"/>
    <path d="M20 120 C 80 20, 140 20, 200 100 S 320 140, 380 40" stroke="rgb(20,30,90)" stroke-width="9" fill="none"/>
  </svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer());
}

async function pixels(png: Uint8Array) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const alphaAt = (x: number, y: number) => data[(y * info.width + x) * 4 + 3]!;
  return { info, alphaAt };
}

describe('signature images', () => {
  test('the paper of a photographed signature becomes transparent; the ink stays opaque', async () => {
    const png = await sharpSignatureImages.normalize(await photographedSignature());
    const { info, alphaAt } = await pixels(png);
    assert.equal(info.channels, 4);
    assert.equal(alphaAt(2, 2), 0, 'a corner of the paper');
    assert.equal(alphaAt(200, 150), 0, 'paper below the stroke');
    // The stroke passes through (200, 100): its middle is ink.
    assert.ok(alphaAt(200, 100) > 200, `ink alpha ${alphaAt(200, 100)}`);
  });

  test('a PNG that is already transparent keeps its alpha', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80">
      <path d="M10 60 L 190 20" stroke="black" stroke-width="8"/></svg>`;
    const input = new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
    const { alphaAt } = await pixels(await sharpSignatureImages.normalize(input));
    assert.equal(alphaAt(5, 5), 0);
    assert.ok(alphaAt(100, 40) > 200);
  });

  test('what is not a PNG or JPEG is refused', async () => {
    await assert.rejects(
      sharpSignatureImages.normalize(new Uint8Array(Buffer.from('GIF89a…'))),
      (e: { code?: string }) => e.code === 'SIGNATURE_IMAGE_INVALID',
    );
  });
});
