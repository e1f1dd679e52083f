/**
 * RFC 3161 time-stamping for PAdES B-T: a TimeStampReq over SHA-256 of the signature value, POSTed to the
 * configured TSA (application/timestamp-query), and the token from a granted reply. The reply's imprint
 * and nonce are checked so a misbehaving TSA cannot attach someone else's token.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import type { TimeStamper } from './cades.ts';
import { pkijs } from './engine.ts';

export class TsaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TsaError';
  }
}

export function httpTimeStamper(url: string, opts: { timeoutMs?: number } = {}): TimeStamper {
  return async (signatureValue) => {
    const imprint = createHash('sha256').update(signatureValue).digest();
    const nonce = randomBytes(8);
    nonce[0] = nonce[0]! & 0x7f;
    const req = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
        hashedMessage: new asn1js.OctetString({ valueHex: new Uint8Array(imprint).buffer }),
      }),
      nonce: new asn1js.Integer({ valueHex: new Uint8Array(nonce).buffer }),
      certReq: true,
    });
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/timestamp-query' },
        body: new Uint8Array(req.toSchema().toBER()),
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      });
    } catch (err) {
      throw new TsaError(`time-stamp authority unreachable: ${(err as Error).message}`);
    }
    if (!res.ok) throw new TsaError(`time-stamp authority answered HTTP ${res.status}`);
    const body = new Uint8Array(await res.arrayBuffer());
    let resp: pkijs.TimeStampResp;
    try {
      resp = pkijs.TimeStampResp.fromBER(new Uint8Array(body).buffer);
    } catch {
      throw new TsaError('time-stamp reply is not a TimeStampResp');
    }
    if (resp.status.status > 1 || !resp.timeStampToken) {
      throw new TsaError(`time-stamp refused (status ${resp.status.status})`);
    }
    const signed = new pkijs.SignedData({ schema: resp.timeStampToken.content });
    const eContent = signed.encapContentInfo.eContent;
    if (!eContent) throw new TsaError('time-stamp token without TSTInfo');
    const tst = pkijs.TSTInfo.fromBER(eContent.getValue());
    const got = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView);
    if (!got.equals(imprint)) throw new TsaError('time-stamp token is for other data');
    if (
      tst.nonce &&
      !Buffer.from(tst.nonce.valueBlock.valueHexView).equals(Buffer.from(req.nonce!.valueBlock.valueHexView))
    ) {
      throw new TsaError('time-stamp nonce mismatch');
    }
    return new Uint8Array(resp.timeStampToken.toSchema().toBER());
  };
}
