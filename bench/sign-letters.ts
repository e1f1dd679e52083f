/**
 * Benchmark: PAdES signatures as incremental revisions on a rendered 1-page letter, in one process after a
 * warm-up: a signature with an RSA-2048 and with an ECDSA P-256 certificate (field + incremental save +
 * CAdES CMS), and a receipt stamp sealed by a unit's P-256 certificate in the same revision; then the /DSS
 * revision dispatch adds (B-LT) and a verification report of the signed letter. Reports ms per operation
 * and operations per second (one core, sequential). Goal: ≤ 30 ms per incremental signature.
 */
import { performance } from 'node:perf_hooks';
import { createPdfEngine } from '../src/adapters/pdf/index.ts';
import { letterOfPages } from '../src/adapters/pdf/letter/bench.ts';
import { createLetterRenderer } from '../src/adapters/pdf/letter/index.ts';
import { cadesSign } from '../src/adapters/pki/cades.ts';
import {
  createCa,
  createCrl,
  issueCertificate,
  type KeyAlgorithm,
  privateKeyOf,
} from '../src/adapters/pki/certificates.ts';
import { certificatesInSignatures, verifyPdfSignatures } from '../src/adapters/pki/verify-pdf.ts';
import type { CmsSign, SignatureFieldSpec } from '../src/domain/letters/pdf-port.ts';

const RUNS = 40;
const WARM_UP = 5;

export interface SignFigure {
  what: string;
  msPerSignature: number;
  perSecond: number;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await work();
  const start = performance.now();
  for (let i = 0; i < runs; i++) await work();
  return (performance.now() - start) / runs;
}

const field = (name: string): SignatureFieldSpec => ({
  fieldName: name,
  signerName: 'นายทดสอบ ลงนาม',
  reason: 'ลงนามหนังสือ (bench)',
  signingTime: new Date(),
  properties: { Kind: 'digital', Capacity: 'รักษาราชการแทนผู้อำนวยการ' },
});

export async function benchSign(): Promise<SignFigure[]> {
  const now = new Date();
  const ca = await createCa({ agencyName: 'สำนักงานทดสอบ', now });
  const signer = async (algorithm: KeyAlgorithm): Promise<CmsSign> => {
    const made = await issueCertificate({
      ca,
      subject: { cn: 'นายทดสอบ ลงนาม' },
      algorithm,
      now,
      validDays: 30,
    });
    const key = privateKeyOf(made.key);
    return (chunks) => cadesSign(chunks, { key, certificate: made.certificate, chain: [ca.certificate] });
  };
  const pdf = (await createLetterRenderer().render(await letterOfPages(1))).pdf;
  const engine = createPdfEngine();
  const out: SignFigure[] = [];
  for (const algorithm of ['rsa-2048', 'ecdsa-p256'] as const) {
    const sign = await signer(algorithm);
    const ms = await time(RUNS, () => engine.signPdf(pdf, field('ลงนาม'), sign));
    out.push({ what: `signature, ${algorithm}`, msPerSignature: ms, perSecond: 1000 / ms });
  }
  const seal = await signer('ecdsa-p256');
  const ms = await time(RUNS, () =>
    engine.addReceiptStamp(
      pdf,
      {
        unitName: 'กองคลัง',
        numberLine: 'เลขรับ ๑๒๓',
        dateLine: 'วันที่ ๒๕ พ.ย. ๒๕๖๙',
        timeLine: 'เวลา ๑๐.๓๐ น.',
      },
      { at: 'top-right' },
      { field: { ...field('ตรารับ'), properties: { Kind: 'seal' } }, sign: seal },
    ),
  );
  out.push({ what: 'receipt stamp + unit seal, ecdsa-p256', msPerSignature: ms, perSecond: 1000 / ms });

  // What dispatch and verification cost on the signed letter: the /DSS revision (B-LT) and a full report.
  const signed = await engine.signPdf(pdf, field('ลงนาม'), seal);
  const { certificates } = await certificatesInSignatures(signed);
  const crl = await createCrl({ ca, now, validDays: 7, crlNumber: 1, revoked: [] });
  const dssMs = await time(RUNS, () => engine.addValidationData(signed, { certificates, crls: [crl] }));
  out.push({ what: 'validation data (/DSS) at dispatch', msPerSignature: dssMs, perSecond: 1000 / dssMs });
  const trust = { anchors: [ca.certificate], revoked: [] };
  const verifyMs = await time(RUNS, () => verifyPdfSignatures(signed, trust));
  out.push({
    what: 'verification report, 1 signature',
    msPerSignature: verifyMs,
    perSecond: 1000 / verifyMs,
  });
  return out;
}

export function printSign(figures: SignFigure[]): void {
  console.log(
    `[bench] PAdES signing on a rendered 1-page letter, ${RUNS} runs each after ${WARM_UP} warm-up`,
  );
  for (const f of figures) {
    console.log(
      `[bench]   ${f.what.padEnd(40)} ${f.msPerSignature.toFixed(1).padStart(6)} ms   ${f.perSecond.toFixed(0).padStart(4)} /s`,
    );
  }
}
