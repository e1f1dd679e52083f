import { AppError } from '../shared/app-error.ts';
import type { ErrorCode } from '../shared/error-catalogue.ts';
import type { TenantContext } from '../shared/context.ts';
import type { Repositories } from '../shared/ports.ts';
import { formatThaiDate, formatThaiTime } from '../shared/thai/thai-date.ts';
import { type DigitStyle, formatDigits } from '../shared/thai/thai-digits.ts';
import { digitStyleOf } from '../registers/register-access.ts';
import { PdfInputError, type StampText } from './pdf-port.ts';
import type { LetterDeps } from './ports.ts';
import type { DocumentRecord, LetterRecord } from './records.ts';

/** Runs PDF work on user input and turns the engine's input errors into the catalogue's 4xx codes. */
export async function pdfInput<T>(work: () => Promise<T>, fileName?: string): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof PdfInputError) {
      throw new AppError(e.problem as ErrorCode, { fileName: e.fileName ?? fileName ?? '' });
    }
    throw e;
  }
}

/** The bytes of one revision of the letter's PDF (the current one by default). */
export async function loadPdf(
  deps: LetterDeps,
  r: Repositories,
  tenantId: string,
  letter: LetterRecord,
  revision?: number,
): Promise<{ bytes: Uint8Array; doc: DocumentRecord }> {
  const docs = await r.letters.listDocuments(tenantId, letter.id);
  const want = revision ?? letter.revision;
  const doc = docs.find((d) => d.revision === want);
  if (!doc) throw new AppError('REVISION_NOT_FOUND', { revision: want });
  const bytes = await deps.files.get(tenantId, doc.sha256);
  if (!bytes) throw new Error(`blob ${doc.sha256} of letter ${letter.id} is missing from the file store`);
  return { bytes, doc };
}

/**
 * Stores a new revision of the letter's PDF and makes it current. The caller holds the letter's row lock,
 * so revisions are numbered one after another without gaps.
 */
export async function addRevision(
  deps: LetterDeps,
  r: Repositories,
  ctx: TenantContext,
  letter: LetterRecord,
  bytes: Uint8Array,
  reason: DocumentRecord['reason'],
  at: Date,
  by: string,
): Promise<void> {
  const blob = await deps.files.put(ctx.tenantId, bytes);
  const revision = letter.revision + 1;
  await r.letters.addDocument(ctx.tenantId, letter.id, {
    revision,
    reason,
    sha256: blob.sha256,
    size: blob.size,
    createdBy: by,
    createdAt: at,
  });
  letter.revision = revision;
}

/** The four lines of a receipt stamp (ตรารับ, แบบที่ ๑๒), in the agency's digits. */
export function stampText(
  unitName: string,
  formattedNumber: string,
  at: Date,
  digits: DigitStyle,
): StampText {
  return {
    unitName,
    numberLine: `เลขรับ ${formattedNumber}`,
    dateLine: `วันที่ ${formatThaiDate(at, { month: 'abbr', digits })}`,
    timeLine: `เวลา ${formatThaiTime(at, { digits })}`,
  };
}

/**
 * Prints a register book (ทะเบียนหนังสือรับ / ส่ง) of one register and year as a landscape A4 PDF: the title, the
 * unit, register and year as the subtitle, and the rows the caller formats in the agency's digits.
 */
export async function printRegisterBook(
  deps: LetterDeps,
  ctx: TenantContext,
  book: { orgUnitName: string; registerName: string; yearBE: number },
  print: {
    title: string;
    fileStem: string;
    columns: { header: string; width: number }[];
    rows: (digits: DigitStyle) => string[][];
  },
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const digits = await deps.uow.read((r) => digitStyleOf(r, ctx.tenantId));
  const bytes = await deps.pdf.renderRegisterBook({
    title: print.title,
    subtitle: `${book.orgUnitName}  ${book.registerName}  ปี พ.ศ. ${formatDigits(String(book.yearBE), digits)}`,
    columns: print.columns,
    rows: print.rows(digits),
  });
  return { bytes, fileName: `${print.fileStem}-${book.yearBE}.pdf` };
}
