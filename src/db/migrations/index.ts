import type { Migration } from 'kysely';
import * as tenancy from './2026112501-tenancy.ts';
import * as directory from './2026112502-directory.ts';
import * as usersAndRoles from './2026112503-users-and-roles.ts';
import * as auth from './2026112504-auth.ts';
import * as registers from './2026112505-registers.ts';
import * as audit from './2026112506-audit.ts';
import * as directoryIndexes from './2026112507-directory-indexes.ts';
import * as registerReservations from './2026112508-register-reservations.ts';
import * as auditHeadPrevHash from './2026112509-audit-head-prev-hash.ts';
import * as letters from './2026112510-letters.ts';
import * as outgoing from './2026112511-outgoing.ts';
import * as agencyEmblem from './2026112512-agency-emblem.ts';
import * as salutations from './2026112513-salutations.ts';
import * as outgoingAttachments from './2026112514-outgoing-attachments.ts';
import * as outgoingSourcePdf from './2026112515-outgoing-source-pdf.ts';
import * as deliveryAcknowledged from './2026112516-delivery-acknowledged.ts';
import * as certificates from './2026112517-certificates.ts';

/** Every migration, in order. Forward-only: a released migration is never edited, a new one is added. */
export const migrations: Record<string, Migration> = {
  '2026112501-tenancy': tenancy,
  '2026112502-directory': directory,
  '2026112503-users-and-roles': usersAndRoles,
  '2026112504-auth': auth,
  '2026112505-registers': registers,
  '2026112506-audit': audit,
  '2026112507-directory-indexes': directoryIndexes,
  '2026112508-register-reservations': registerReservations,
  '2026112509-audit-head-prev-hash': auditHeadPrevHash,
  '2026112510-letters': letters,
  '2026112511-outgoing': outgoing,
  '2026112512-agency-emblem': agencyEmblem,
  '2026112513-salutations': salutations,
  '2026112514-outgoing-attachments': outgoingAttachments,
  '2026112515-outgoing-source-pdf': outgoingSourcePdf,
  '2026112516-delivery-acknowledged': deliveryAcknowledged,
  '2026112517-certificates': certificates,
};
