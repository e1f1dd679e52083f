/**
 * PDF/A-3b for a new letter (stack-pdf.md §2): Info and XMP that agree (title, author, producer, creator
 * tool, dates), pdfaid part 3 / conformance B, an sRGB OutputIntent (GTS_PDFA1) with the ICC profile
 * vendored in assets/icc, the document language, and the letter's metadata XML as an associated file
 * (letter.xml, AFRelationship Source). The trailer /ID is set by newDocument().
 */
import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { AFRelationship, PDFName, type PDFDocument, PDFString } from 'pdf-lib';

const PRODUCER = 'Saraban';
const ICC_URL = new URL('../../../../assets/icc/sRGB.icc', import.meta.url);

let iccLoading: Promise<Uint8Array> | undefined;

/** The deflated sRGB profile, read once per process. */
function iccProfile(): Promise<Uint8Array> {
  if (!iccLoading) {
    iccLoading = readFile(ICC_URL)
      .then((bytes) => new Uint8Array(deflateSync(bytes)))
      .catch((err: unknown) => {
        iccLoading = undefined;
        throw err;
      });
  }
  return iccLoading;
}

export interface PdfAMetadata {
  title: string;
  author: string;
  /** The letter's metadata XML, embedded byte for byte (UTF-8) as letter.xml. */
  xml: string;
  /** Creation and modification time; whole seconds are kept (the Info dates have no fractions). */
  date: Date;
}

/**
 * Removes what neither a PDF text string nor XML 1.0 may carry: control characters (and line breaks, as
 * a title is one line) become spaces, lone surrogates and U+FFFE/U+FFFF become U+FFFD.
 */
export function cleanText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
      } else out += '\ufffd';
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += '\ufffd';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += ' ';
    else out += s[i]!;
  }
  return out.replace(/\s+/g, ' ').trim();
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 2026-06-14T03:30:00Z: the XMP form of the Info dates pdf-lib writes (D:20260614033000Z). */
export function xmpDate(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

/** The XMP packet: PDF/A identification, Dublin Core title/creator, xmp dates and tool, pdf:Producer. */
export function xmpPacket(meta: { title: string; author: string; date: Date; producer: string }): string {
  const date = xmpDate(meta.date);
  const dc: string[] = ['<dc:format>application/pdf</dc:format>'];
  if (meta.title !== '') {
    dc.push(
      `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(meta.title)}</rdf:li></rdf:Alt></dc:title>`,
    );
  }
  if (meta.author !== '') {
    dc.push(`<dc:creator><rdf:Seq><rdf:li>${xmlEscape(meta.author)}</rdf:li></rdf:Seq></dc:creator>`);
  }
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    '<pdfaid:part>3</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ...dc,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xmlEscape(meta.producer)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${xmlEscape(meta.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    // Room for in-place edits of the packet, as XMP writers leave.
    ...Array.from({ length: 8 }, () => ' '.repeat(99)),
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Makes a document made by newDocument() a PDF/A-3b file. Call before saving. */
export async function applyPdfA(doc: PDFDocument, meta: PdfAMetadata): Promise<void> {
  const ctx = doc.context;
  const title = cleanText(meta.title);
  const author = cleanText(meta.author);
  const date = new Date(Math.floor(meta.date.getTime() / 1000) * 1000);

  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  if (title !== '') doc.setTitle(title, { showInWindowTitleBar: true });
  if (author !== '') doc.setAuthor(author);
  doc.setLanguage('th-TH');

  const xmp = Buffer.from(xmpPacket({ title, author, date, producer: PRODUCER }), 'utf8');
  const metadata = ctx.register(ctx.stream(xmp, { Type: 'Metadata', Subtype: 'XML' }));
  doc.catalog.set(PDFName.of('Metadata'), metadata);

  const icc = ctx.register(ctx.stream(await iccProfile(), { N: 3, Filter: 'FlateDecode' }));
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: icc,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([intent]));

  await doc.attach(Buffer.from(meta.xml, 'utf8'), 'letter.xml', {
    mimeType: 'text/xml',
    description: 'ข้อมูลหนังสือ (letter metadata)',
    creationDate: date,
    modificationDate: date,
    afRelationship: AFRelationship.Source,
  });
}
