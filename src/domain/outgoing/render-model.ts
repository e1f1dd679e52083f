import type { DraftContent } from '../../../contracts/outgoing.contract.ts';
import { letterNumberFrame } from '../registers/number-format.ts';
import type { RegisterRecord } from '../registers/ports.ts';
import type { Repositories } from '../shared/ports.ts';
import { formatThaiDate } from '../shared/thai/thai-date.ts';
import { type DigitStyle, formatDigits } from '../shared/thai/thai-digits.ts';
import type { FileStore } from '../letters/ports.ts';
import type { LetterRenderModel, SignatureBlock } from './render-port.ts';

const URGENCY_TH = { normal: '', urgent: 'ด่วน', 'very-urgent': 'ด่วนมาก', 'most-urgent': 'ด่วนที่สุด' } as const;
const SECRECY_TH = { none: '', confidential: 'ลับ', secret: 'ลับมาก', 'top-secret': 'ลับที่สุด' } as const;
const SECRECY_CODE = { none: '001', confidential: '002', secret: '003', 'top-secret': '004' } as const;
const URGENCY_CODE = { normal: '001', urgent: '002', 'very-urgent': '003', 'most-urgent': '004' } as const;

/** The register kind that numbers a form (regulation.md §5). */
export function registerKindFor(c: Pick<DraftContent, 'form' | 'circular'>) {
  if (c.form === 'order') return 'order' as const;
  if (c.form === 'announcement') return 'announcement' as const;
  return c.circular ? ('circular' as const) : ('dispatch' as const);
}

/** The date as each form prints it (regulation.md §10.3). */
export function dateLineFor(form: DraftContent['form'], isoDate: string, digits: DigitStyle): string {
  const d = formatThaiDate(isoDate, { digits });
  const withEra = formatThaiDate(isoDate, { digits, era: true });
  switch (form) {
    case 'order':
      return `สั่ง ณ วันที่ ${withEra}`;
    case 'announcement':
      return `ประกาศ ณ วันที่ ${withEra}`;
    default:
      return d;
  }
}

const xmlEscape = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** The letter's metadata, shaped like the deck's CorrespondenceLetterOutboundRequest (interop-signature.md §2.8). */
export function metadataXml(m: {
  id: string;
  date: string | null;
  subject: string;
  secrecy: DraftContent['secrecy'];
  urgency: DraftContent['urgency'];
  senderDepartment: string;
  senderMinistry: string;
  receiver: string;
}): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CorrespondenceLetterOutboundRequest>',
    '  <CorrespondenceLetterSpecial>',
    `    <ID>${xmlEscape(m.id)}</ID>`,
    `    <CorrespondenceDate>${m.date ?? ''}</CorrespondenceDate>`,
    `    <Subject>${xmlEscape(m.subject)}</Subject>`,
    `    <Secret><Code>${SECRECY_CODE[m.secrecy]}</Code></Secret>`,
    `    <Speed><Code>${URGENCY_CODE[m.urgency]}</Code></Speed>`,
    '    <Sender>',
    `      <Department><Name>${xmlEscape(m.senderDepartment)}</Name></Department>`,
    `      <Ministry><Name>${xmlEscape(m.senderMinistry)}</Name></Ministry>`,
    '    </Sender>',
    '    <Receiver>',
    `      <Department><Name>${xmlEscape(m.receiver)}</Name></Department>`,
    '    </Receiver>',
    '  </CorrespondenceLetterSpecial>',
    '</CorrespondenceLetterOutboundRequest>',
    '',
  ].join('\n');
}

/** What the renderer needs beyond the draft: the register (for the number's frame), number, date, signature. */
export interface RenderExtras {
  register: RegisterRecord | null;
  digits: DigitStyle;
  /** The formatted number once allocated; null in a draft (only the frame is printed). */
  numberFormatted: string | null;
  /** 'YYYY-MM-DD' once signed; null in a draft. */
  letterDate: string | null;
  signature: SignatureBlock | null;
  draft: boolean;
  /** The year (BE, Bangkok) a draft's order/announcement number frame shows. */
  yearBE: number;
  /** The agency's emblem (PNG), or null for the neutral placeholder. */
  emblem: Uint8Array | null;
}

/** Builds the renderer's model from the draft, the agency and the extras. */
export async function buildRenderModel(
  r: Repositories,
  tenantId: string,
  c: DraftContent,
  x: RenderExtras,
): Promise<LetterRenderModel> {
  const tenant = await r.tenants.get(tenantId);
  const units = await r.letters.recipientUnits(tenantId);
  const owner = units.find((u) => u.id === c.ownerUnitId);
  const agencyName = tenant?.nameTh ?? '';
  let numberLine = x.numberFormatted ?? '';
  if (!x.numberFormatted && x.register) {
    const frame = letterNumberFrame({
      kind: x.register.kind,
      letterCode: x.register.letterCode,
      ownerNumber: x.register.ownerNumber,
      yearBE: x.yearBE,
      digits: x.digits,
    });
    numberLine = frame.before.trimEnd() + (frame.after ? ` …${frame.after}` : '');
  }
  const contact = [
    c.phone && formatDigits(`โทร. ${c.phone}`, x.digits),
    c.fax && formatDigits(`โทรสาร ${c.fax}`, x.digits),
    c.email && `ไปรษณีย์อิเล็กทรอนิกส์ ${c.email}`,
  ].filter(Boolean) as string[];
  // A stamped letter is addressed with "ถึง" (regulation ข้อ 14), the others with their คำขึ้นต้น.
  const salutationLine = c.addressee
    ? `${c.form === 'stamped' ? 'ถึง' : c.salutation} ${c.addressee}`.trim()
    : '';
  return {
    form: c.form,
    emblem: x.emblem,
    urgencyMark: URGENCY_TH[c.urgency],
    secrecyMark: SECRECY_TH[c.secrecy],
    numberLine,
    dateLine: x.letterDate ? dateLineFor(c.form, x.letterDate, x.digits) : '',
    agencyName,
    agencyAddress: [],
    headingUnit:
      c.form === 'memo'
        ? [owner?.name ?? '', c.phone && formatDigits(`โทร. ${c.phone}`, x.digits)].filter(Boolean).join(' ')
        : agencyName,
    subject: c.subject,
    salutationLine: c.form === 'order' || c.form === 'announcement' ? '' : salutationLine,
    references: c.form === 'external' ? c.references : [],
    enclosures: c.form === 'external' || c.form === 'stamped' ? c.enclosures : [],
    paragraphs: c.paragraphs.map((p) => formatDigits(p, x.digits)),
    closing: c.form === 'external' ? c.closing : '',
    signature: c.form === 'stamped' ? null : x.signature,
    seal: null,
    ownerUnit: c.form === 'external' || c.form === 'stamped' ? (owner?.name ?? '') : '',
    contactLines: c.form === 'external' || c.form === 'stamped' ? contact : [],
    copiesTo: c.copiesTo,
    draftMark: x.draft ? 'ร่าง' : '',
    title: c.subject,
    author: agencyName,
    metadataXml: metadataXml({
      id: x.numberFormatted ?? '',
      date: x.letterDate,
      subject: c.subject,
      secrecy: c.secrecy,
      urgency: c.urgency,
      senderDepartment: tenant?.department || agencyName,
      senderMinistry: tenant?.ministry ?? '',
      receiver: c.addressee,
    }),
  };
}

/** The agency's uploaded emblem, or null (the renderer then draws a neutral placeholder). */
export async function agencyEmblem(
  files: FileStore,
  r: Repositories,
  tenantId: string,
): Promise<Uint8Array | null> {
  const sha = await r.outgoing.getEmblem(tenantId);
  return sha ? await files.get(tenantId, sha) : null;
}
