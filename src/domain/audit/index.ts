/** The audit area's public face: chain rules, the actor and change summaries every use case records. */
export { auditActor, auditChanges } from './audit-actor.ts';
export { GENESIS_HASH, PLATFORM_CHAIN } from './audit-chain.ts';
export type { AuditActor, AuditEvent } from './ports.ts';
