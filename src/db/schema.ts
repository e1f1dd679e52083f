import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A `date` column: read as 'YYYY-MM-DD' (see the type parser in client.ts). */
type DateOnly = ColumnType<string, string, string>;

export interface TenantsTable {
  id: Generated<string>;
  slug: string;
  name_th: string;
  name_en: Generated<string>;
  ministry: Generated<string>;
  department: Generated<string>;
  letter_code: string;
  owner_number: string;
  user_quota: number;
  status: Generated<'active' | 'suspended'>;
  digit_style: Generated<'thai' | 'arabic'>;
  emblem_sha256: Generated<string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OperatorsTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  last_login_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface OrgUnitsTable {
  tenant_id: string;
  id: Generated<string>;
  parent_id: string | null;
  name_th: string;
  name_en: Generated<string>;
  short_name: Generated<string>;
  owner_number: string | null;
  created_at: Timestamp;
}

export interface PositionsTable {
  tenant_id: string;
  id: Generated<string>;
  org_unit_id: string;
  title_th: string;
  signature_title: string;
  is_executive: Generated<boolean>;
  created_at: Timestamp;
}

export interface PeopleTable {
  tenant_id: string;
  id: Generated<string>;
  org_unit_id: string;
  employee_code: string | null;
  title: string;
  name_th: string;
  name_en: Generated<string>;
  national_id: string;
  gender: Generated<'male' | 'female' | 'unspecified'>;
  position_title: Generated<string>;
  address: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  login_email: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppointmentsTable {
  tenant_id: string;
  id: Generated<string>;
  position_id: string;
  person_id: string;
  kind: 'regular' | 'acting' | 'delegated' | 'committee';
  committee_role: 'chair' | 'member' | 'secretary' | null;
  authority_ref: Generated<string>;
  starts_on: DateOnly;
  ends_on: DateOnly | null;
  created_at: Timestamp;
}

export interface UsersTable {
  tenant_id: string;
  id: Generated<string>;
  person_id: string | null;
  username: string;
  display_name: string;
  password_hash: string;
  starts_on: DateOnly | null;
  ends_on: DateOnly | null;
  disabled: Generated<boolean>;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  last_login_at: NullableTimestamp;
  note: Generated<string>;
  signature_sha256: string | null;
  signature_updated_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RolesTable {
  tenant_id: string;
  id: Generated<string>;
  key: string | null;
  name_th: string;
  name_en: Generated<string>;
  permissions: string[];
  created_at: Timestamp;
}

export interface RoleAssignmentsTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string;
  role_id: string;
  org_unit_id: string;
  starts_on: DateOnly | null;
  ends_on: DateOnly | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  kind: 'user' | 'operator';
  tenant_id: string | null;
  subject_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface ApiTokensTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export type RegisterKind = 'receive' | 'dispatch' | 'circular' | 'order' | 'announcement' | 'certificate';

export interface RegistersTable {
  tenant_id: string;
  id: Generated<string>;
  org_unit_id: string;
  kind: RegisterKind;
  name: string;
  letter_code: string;
  owner_number: string;
  archived: Generated<boolean>;
  created_at: Timestamp;
}

export interface RegisterCountersTable {
  tenant_id: string;
  register_id: string;
  year_be: number;
  start_number: Generated<number>;
  last: number;
}

export interface RegisterNumbersTable {
  tenant_id: string;
  register_id: string;
  year_be: number;
  number: number;
  status: 'issued' | 'reserved' | 'bound' | 'cancelled';
  letter_id: string | null;
  reason: Generated<string>;
  issued_by: string;
  issued_at: Timestamp;
  cancelled_by: string | null;
  cancelled_at: NullableTimestamp;
  cancel_reason: string | null;
  reserved: Generated<boolean>;
  formatted: string | null;
}

export interface AuditHeadsTable {
  tenant_id: string;
  last_seq: number;
  last_hash: string;
  prev_hash: string;
}

export interface AuditLogTable {
  tenant_id: string;
  seq: number;
  at: ColumnType<Date, Date | string, Date | string>;
  actor_kind: 'user' | 'operator' | 'system';
  actor_id: string | null;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string | null;
  summary: ColumnType<Record<string, unknown>, string, string>;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export type UrgencyValue = 'normal' | 'urgent' | 'very-urgent' | 'most-urgent';
export type SecrecyValue = 'none' | 'confidential' | 'secret' | 'top-secret';
export type StepKindValue =
  | 'intake'
  | 'propose'
  | 'command'
  | 'forward'
  | 'action'
  | 'return'
  | 'close'
  | 'cancel';

export interface LettersTable {
  tenant_id: string;
  id: Generated<string>;
  direction: Generated<'incoming' | 'outgoing'>;
  intake: 'electronic' | 'paper' | 'old';
  doc_no: Generated<string>;
  doc_date: DateOnly | null;
  sender_agency: string;
  sender_name: Generated<string>;
  addressee: Generated<string>;
  subject: string;
  urgency: UrgencyValue;
  secrecy: SecrecyValue;
  reference: Generated<string>;
  remarks: Generated<string>;
  status: Generated<'active' | 'closed' | 'cancelled'>;
  registering_unit_id: string;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  cancel_reason: string | null;
  revision: Generated<number>;
  source_tenant_id: string | null;
  source_delivery_id: string | null;
}

export interface OutgoingLettersTable {
  tenant_id: string;
  id: Generated<string>;
  form: 'external' | 'memo' | 'stamped' | 'order' | 'announcement';
  status: Generated<'draft' | 'in-review' | 'awaiting-signature' | 'signed' | 'dispatched' | 'cancelled'>;
  owner_unit_id: string;
  content: ColumnType<Record<string, unknown>, string, string>;
  version: Generated<number>;
  subject: string;
  urgency: string;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  register_id: string | null;
  year_be: number | null;
  number: number | null;
  number_formatted: string | null;
  letter_date: DateOnly | null;
  signed_at: NullableTimestamp;
  signed_by: string | null;
  signer_name: string | null;
  signer_position: string | null;
  signer_capacity: string | null;
  pdf_sha256: string | null;
  source_pdf_sha256: Generated<string | null>;
  source_pdf_name: Generated<string | null>;
  verify_code: Generated<string | null>;
  cancelled_at: NullableTimestamp;
  cancel_reason: string | null;
}

export interface OutgoingVersionsTable {
  tenant_id: string;
  letter_id: string;
  version: number;
  content: ColumnType<Record<string, unknown>, string, string>;
  note: Generated<string>;
  created_by: string;
  created_at: Timestamp;
}

export interface OutgoingReviewsTable {
  tenant_id: string;
  letter_id: string;
  position: number;
  user_id: string;
  role: 'reviewer' | 'signer';
  status: 'waiting' | 'pending' | 'approved' | 'returned' | 'signed';
  comment: Generated<string>;
  acted_at: NullableTimestamp;
}

export interface OutgoingDeliveriesTable {
  tenant_id: string;
  id: Generated<string>;
  letter_id: string;
  kind: 'unit' | 'agency' | 'paper';
  to_name: string;
  to_tenant_id: string | null;
  to_unit_id: string | null;
  incoming_letter_id: string | null;
  status: Generated<'delivered' | 'received' | 'acknowledged' | 'returned'>;
  receipt_formatted: string | null;
  acknowledged_at: Generated<Date | null>;
  delivered_at: ColumnType<Date, Date | string, Date | string>;
  received_at: NullableTimestamp;
}

export interface LetterDocumentsTable {
  tenant_id: string;
  letter_id: string;
  revision: number;
  reason: 'original' | 'scan' | 'receipt-stamp' | 'route-page';
  sha256: string;
  size: number;
  created_by: string;
  created_at: Timestamp;
}

export interface LetterAttachmentsTable {
  tenant_id: string;
  id: Generated<string>;
  letter_id: string;
  position: number;
  file_name: string;
  media_type: string;
  sha256: string;
  size: number;
  created_at: Timestamp;
}

export interface RouteStepsTable {
  tenant_id: string;
  id: Generated<string>;
  seq: Generated<string>;
  letter_id: string;
  kind: StepKindValue;
  actor_user_id: string | null;
  actor_name: string;
  actor_unit_id: string | null;
  actor_unit_name: Generated<string>;
  content: Generated<string>;
  prepared_command: string | null;
  signed: Generated<boolean>;
  signer_name: string | null;
  signer_position: string | null;
  capacity: string | null;
  signature_sha256: string | null;
  page_index: number | null;
  answers_delivery_id: string | null;
  created_at: Timestamp;
}

export interface LetterReceiptsTable {
  tenant_id: string;
  id: Generated<string>;
  letter_id: string;
  org_unit_id: string;
  register_id: string;
  year_be: number;
  number: number;
  formatted: string;
  received_at: ColumnType<Date, Date | string, Date | string>;
  received_by: string;
  cancelled: Generated<boolean>;
}

export interface RouteDeliveriesTable {
  tenant_id: string;
  id: Generated<string>;
  seq: Generated<string>;
  letter_id: string;
  step_id: string;
  to_unit_id: string | null;
  to_user_id: string | null;
  to_name: string;
  status: Generated<'pending' | 'received' | 'recalled' | 'returned'>;
  received_at: NullableTimestamp;
  received_by: string | null;
  receipt_id: string | null;
  recalled_at: NullableTimestamp;
  returned_at: NullableTimestamp;
  return_reason: string | null;
  read_at: NullableTimestamp;
  cell: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
}

export interface LetterViewsTable {
  tenant_id: string;
  id: Generated<string>;
  letter_id: string;
  user_id: string;
  what: 'metadata' | 'pdf' | 'attachment' | 'route';
  detail: Generated<string>;
  at: Timestamp;
}

export interface CommandPresetsTable {
  tenant_id: string;
  id: Generated<string>;
  text: string;
  position: number;
}

/** The database as Kysely sees it. */
export interface Database {
  tenants: TenantsTable;
  operators: OperatorsTable;
  org_units: OrgUnitsTable;
  positions: PositionsTable;
  people: PeopleTable;
  appointments: AppointmentsTable;
  users: UsersTable;
  roles: RolesTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  registers: RegistersTable;
  register_counters: RegisterCountersTable;
  register_numbers: RegisterNumbersTable;
  audit_heads: AuditHeadsTable;
  audit_log: AuditLogTable;
  letters: LettersTable;
  letter_documents: LetterDocumentsTable;
  letter_attachments: LetterAttachmentsTable;
  route_steps: RouteStepsTable;
  letter_receipts: LetterReceiptsTable;
  route_deliveries: RouteDeliveriesTable;
  letter_views: LetterViewsTable;
  command_presets: CommandPresetsTable;
  outgoing_letters: OutgoingLettersTable;
  outgoing_versions: OutgoingVersionsTable;
  outgoing_reviews: OutgoingReviewsTable;
  outgoing_deliveries: OutgoingDeliveriesTable;
  salutations: SalutationsTable;
  outgoing_attachments: OutgoingAttachmentsTable;
  agency_cas: AgencyCasTable;
  certificates: CertificatesTable;
  trust_anchors: TrustAnchorsTable;
}

export interface AgencyCasTable {
  tenant_id: string;
  certificate: Uint8Array;
  sealed_key: Uint8Array;
  crl_number: Generated<number>;
  created_at: Generated<Date>;
}

export interface CertificatesTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string | null;
  org_unit_id: string | null;
  source: 'internal' | 'imported';
  algorithm: string;
  certificate: Uint8Array;
  chain: Uint8Array[];
  sealed_key: Uint8Array;
  subject: string;
  common_name: string;
  issuer: string;
  serial_number: string;
  not_before: Date;
  not_after: Date;
  sha256: string;
  revoked_at: NullableTimestamp;
  revoke_reason: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface TrustAnchorsTable {
  tenant_id: string;
  id: Generated<string>;
  certificate: Uint8Array;
  subject: string;
  sha256: string;
  not_after: Date;
  created_at: Generated<Date>;
}

export interface OutgoingAttachmentsTable {
  tenant_id: string;
  id: Generated<string>;
  letter_id: string;
  position: number;
  file_name: string;
  media_type: string;
  sha256: string;
  size: number;
}

export interface SalutationsTable {
  tenant_id: string;
  id: Generated<string>;
  opening: string;
  closing: string;
  recipient: Generated<string>;
  position: number;
}
