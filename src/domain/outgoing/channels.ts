import type { Repositories } from '../shared/ports.ts';
import type { FileStore } from '../letters/ports.ts';
import { writeIntake } from '../letters/routing.ts';
import type { DispatchChannel, OutgoingRecord } from './ports.ts';

/**
 * Writes the signed letter as an incoming letter of a unit (of this agency or another on the platform):
 * its PDF in that agency's file store, an intake step from the sender and a pending delivery to the unit,
 * which then sees it in รอลงรับ and registers it with its own number.
 */
async function deliverAsIncoming(
  files: FileStore,
  r: Repositories,
  m: {
    toTenantId: string;
    toUnitId: string;
    toUnitName: string;
    letter: OutgoingRecord;
    pdf: Uint8Array;
    senderAgency: string;
    senderName: string;
    by: string;
    at: Date;
    source: { tenantId: string; deliveryId: string };
  },
): Promise<string> {
  const c = m.letter.content;
  const blob = await files.put(m.toTenantId, m.pdf);
  const id = await r.letters.insert(m.toTenantId, {
    intake: 'electronic',
    docNo: m.letter.numberFormatted?.replace(/^ที่\s*/, '') ?? '',
    docDate: m.letter.letterDate,
    senderAgency: m.senderAgency,
    senderName: m.senderName,
    addressee: c.addressee,
    subject: c.subject,
    urgency: c.urgency,
    secrecy: c.secrecy,
    reference: c.references.join('; '),
    remarks: '',
    registeringUnitId: m.toUnitId,
    createdBy: m.by,
    createdAt: m.at,
    source: m.source,
  });
  // สิ่งที่ส่งมาด้วย travel with the letter, copied into the receiving agency's file store.
  const attachments = await r.outgoing.listAttachments(m.source.tenantId, m.letter.id);
  for (const [i, a] of attachments.entries()) {
    const bytes = await files.get(m.source.tenantId, a.sha256);
    if (!bytes) throw new Error(`attachment blob ${a.sha256} missing`);
    const copy = await files.put(m.toTenantId, bytes);
    await r.letters.addAttachment(m.toTenantId, id, {
      position: i + 1,
      fileName: a.fileName,
      mediaType: a.mediaType,
      sha256: copy.sha256,
      size: copy.size,
    });
  }
  await r.letters.addDocument(m.toTenantId, id, {
    revision: 1,
    reason: 'original',
    sha256: blob.sha256,
    size: blob.size,
    createdBy: m.by,
    createdAt: m.at,
  });
  await writeIntake(r, m.toTenantId, {
    letterId: id,
    senderLabel: `${m.senderAgency} (${m.senderName})`,
    senderAgency: m.senderAgency,
    subject: c.subject,
    unitId: m.toUnitId,
    unitName: m.toUnitName,
    at: m.at,
  });
  return id;
}

/** The platform channel: a unit of this agency or another agency on the service gets an incoming letter. */
export function platformChannel(files: FileStore): DispatchChannel {
  return {
    async deliver(r, m) {
      if (m.target.kind === 'paper') throw new Error('the platform channel does not deliver on paper');
      const incomingLetterId = await deliverAsIncoming(files, r, {
        toTenantId: m.target.tenantId,
        toUnitId: m.target.unitId,
        toUnitName: m.target.name,
        letter: m.letter,
        pdf: m.pdf,
        senderAgency: m.target.senderAgency,
        senderName: m.letter.signerName ?? '',
        by: m.by,
        at: m.at,
        source: m.source,
      });
      return { incomingLetterId };
    },
  };
}

/** The paper channel: the delivery record is the record; the signed PDF is the print-ready copy. */
export const paperChannel: DispatchChannel = {
  async deliver() {
    return { incomingLetterId: null };
  },
};
