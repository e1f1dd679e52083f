/**
 * The verification QR code of a signed letter: a /Stamp annotation in the bottom-right margin of page 1
 * whose appearance draws the code's modules as filled squares (vector, sharp at any print size) and a
 * short Thai caption, with a /Link to the same address over it for screens. It goes into the signing
 * revision, so the signature covers it.
 */
import { deflateSync } from 'node:zlib';
import { PDFHexString, PDFName, PDFString } from 'pdf-lib';
import QRCode from 'qrcode';
import type { Fonts } from './fonts.ts';
import type { IncrementalUpdate } from './incremental.ts';
import { appendAnnotation } from './pades.ts';
import { num, PdfFont, showText } from './thai-text.ts';

const CM = 72 / 2.54;
const SIZE = 1.8 * CM;
const CAPTION = 5.5;

/** Adds the QR code for `url` to page 1 of the update. */
export function addQrCode(update: IncrementalUpdate, fonts: Fonts, url: string, caption: string): void {
  const { doc } = update;
  const ctx = doc.context;
  const page = doc.getPage(0);
  const { width } = page.getSize();
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = SIZE / (n + 2 * quiet);
  const ops: string[] = ['q', '1 1 1 rg', `0 0 ${num(SIZE)} ${num(SIZE + CAPTION * 1.6)} re f`, '0 0 0 rg'];
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!qr.modules.data[y * n + x]) continue;
      ops.push(
        `${num((x + quiet) * cell)} ${num(SIZE - (y + quiet + 1) * cell)} ${num(cell)} ${num(cell)} re`,
      );
    }
  }
  ops.push('f');
  const font = new PdfFont(ctx, fonts.regular, 'F1');
  update.addFinalizer(font);
  const w = font.face.widthOf(caption, CAPTION);
  showText(ops, font, caption, Math.max(0, (SIZE - w) / 2), SIZE + CAPTION * 0.3, CAPTION);
  ops.push('Q');
  const h = SIZE + CAPTION * 1.6;
  const appearance = ctx.stream(deflateSync(Buffer.from(ops.join('\n'), 'latin1')), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, num(SIZE), num(h)],
    Resources: { Font: { F1: font.ref } },
    Filter: 'FlateDecode',
  });
  const x = width - 1.2 * CM - SIZE;
  const y = 0.5 * CM;
  const annot = ctx.obj({
    Type: 'Annot',
    Subtype: 'Stamp',
    Rect: [x, y, x + SIZE, y + h],
    F: 4 | 128,
    P: page.ref,
    AP: { N: ctx.register(appearance) },
  });
  annot.set(PDFName.of('Contents'), PDFHexString.fromText(`${caption} ${url}`));
  appendAnnotation(page.node, ctx.register(annot));
  // On screen the code is also a link to the same page.
  const link = ctx.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [x, y, x + SIZE, y + SIZE],
    Border: [0, 0, 0],
    F: 4,
    P: page.ref,
    A: { S: 'URI', URI: PDFString.of(url) },
  });
  appendAnnotation(page.node, ctx.register(link));
}
