/**
 * Every function a role can grant: the two role tables of the DGA deck, plus the admin's
 * structure and register management that the deck folds into "บันทึกข้อมูลและบทบาทผู้ใช้งาน".
 */
export const Permission = {
  LetterSearch: 'letter.search',
  LetterCreate: 'letter.create',
  LetterCreateOld: 'letter.create-old',
  NumberReserve: 'number.reserve',
  LetterInternalExchange: 'letter.internal-exchange',
  LetterExternalExchange: 'letter.external-exchange',
  LetterRecall: 'letter.recall',
  LetterReturn: 'letter.return',
  LetterScan: 'letter.scan',
  LetterEdit: 'letter.edit',
  LetterCancel: 'letter.cancel',
  LetterClose: 'letter.close',
  LetterDelete: 'letter.delete',
  DraftPropose: 'draft.propose',
  ActionRecord: 'action.record',
  CommandRecord: 'command.record',
  LetterSign: 'letter.sign',
  LetterSecret: 'letter.secret',
  PersonnelManage: 'admin.personnel',
  UsersManage: 'admin.users',
  SignaturesManage: 'admin.signatures',
  LogsView: 'admin.logs',
  ExchangeAgenciesManage: 'admin.exchange-agencies',
  AgencyEmailsManage: 'admin.agency-emails',
  ViewHistorySearch: 'admin.view-history',
  StructureManage: 'admin.structure',
  RegistersManage: 'admin.registers',
} as const;

/**
 * Who may read the user list and a user (not change them): the user admin, and the admins whose work is
 * about users: signatures and certificates, the audit log, the letter-view history.
 */
export const USER_READERS: readonly Permission[] = [
  Permission.UsersManage,
  Permission.SignaturesManage,
  Permission.LogsView,
  Permission.ViewHistorySearch,
];

/** One permission value, e.g. 'letter.search'. */
export type Permission = (typeof Permission)[keyof typeof Permission];

/** Every permission, in the deck's order. */
export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

/** True for a string that names a known permission. */
export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}

/** Thai and English labels, worded as in the deck's role tables. */
export const permissionLabels: Record<Permission, { th: string; en: string; group: 'letters' | 'admin' }> = {
  'letter.search': { th: 'ค้นหาหนังสือ', en: 'Search letters', group: 'letters' },
  'letter.create': { th: 'สร้างหนังสือภายใน/ภายนอก', en: 'Create internal/external letters', group: 'letters' },
  'letter.create-old': { th: 'สร้างหนังสือเก่า', en: 'Create old letters', group: 'letters' },
  'number.reserve': { th: 'จองเลขหนังสือภายนอก', en: 'Reserve external numbers', group: 'letters' },
  'letter.internal-exchange': { th: 'รับส่งหนังสือภายใน', en: 'Send/receive internal letters', group: 'letters' },
  'letter.external-exchange': {
    th: 'รับส่งหนังสือภายนอก',
    en: 'Send/receive external letters',
    group: 'letters',
  },
  'letter.recall': { th: 'ดึงเรื่องกลับ', en: 'Recall', group: 'letters' },
  'letter.return': { th: 'ส่งคืนหนังสือ', en: 'Return', group: 'letters' },
  'letter.scan': { th: 'สแกนหนังสือ', en: 'Scan letters', group: 'letters' },
  'letter.edit': { th: 'แก้ไขหนังสือ', en: 'Edit letters', group: 'letters' },
  'letter.cancel': { th: 'ยกเลิกหนังสือ', en: 'Cancel letters', group: 'letters' },
  'letter.close': { th: 'ปิดงาน', en: 'Close', group: 'letters' },
  'letter.delete': {
    th: 'ลบหนังสือ (ที่ยังไม่ออกเลขและยังไม่ได้ส่ง)',
    en: 'Delete un-numbered and unsent letters',
    group: 'letters',
  },
  'draft.propose': { th: 'เสนอร่างลงนามอิเล็กทรอนิกส์', en: 'Propose a draft for e-signing', group: 'letters' },
  'action.record': { th: 'บันทึกการปฏิบัติ', en: 'Record action', group: 'letters' },
  'command.record': { th: 'บันทึกคำสั่งการ/เสนอ', en: 'Record command/proposal', group: 'letters' },
  'letter.sign': { th: 'ลงนามอิเล็กทรอนิกส์', en: 'E-sign', group: 'letters' },
  'letter.secret': {
    th: 'ทะเบียนหนังสือลับ (เห็นหนังสือชั้นลับของหน่วยงาน)',
    en: 'Secret register (see classified letters of the unit)',
    group: 'letters',
  },
  'admin.personnel': { th: 'บันทึกข้อมูลบุคลากร', en: 'Personnel', group: 'admin' },
  'admin.users': { th: 'บันทึกข้อมูลและบทบาทผู้ใช้งาน', en: 'Users and roles', group: 'admin' },
  'admin.signatures': {
    th: 'นำเข้าลายเซ็น และ สร้าง Internal Certificate',
    en: 'Import signatures and internal certificates',
    group: 'admin',
  },
  'admin.logs': { th: 'ดู log', en: 'View logs', group: 'admin' },
  'admin.exchange-agencies': { th: 'บันทึกหน่วยงานรับส่งอิเล็กทรอนิกส์', en: 'Exchange agencies', group: 'admin' },
  'admin.agency-emails': { th: 'บันทึกข้อมูลอีเมลของหน่วยงานรับส่งหนังสือ', en: 'Agency e-mails', group: 'admin' },
  'admin.view-history': { th: 'ค้นหาประวัติการเข้าดูหนังสือ', en: 'Search who viewed letters', group: 'admin' },
  'admin.structure': {
    th: 'บันทึกโครงสร้างหน่วยงานและตำแหน่ง',
    en: 'Org structure and positions',
    group: 'admin',
  },
  'admin.registers': { th: 'บันทึกทะเบียนและเลขหนังสือ', en: 'Registers and numbering', group: 'admin' },
};

const LETTER_FUNCTIONS = ALL_PERMISSIONS.filter((p) => permissionLabels[p].group === 'letters');
const ADMIN_FUNCTIONS = ALL_PERMISSIONS.filter((p) => permissionLabels[p].group === 'admin');

/** A role every new agency starts with; the agency admin may change its permissions. */
export interface DefaultRole {
  key: string;
  nameTh: string;
  nameEn: string;
  permissions: readonly Permission[];
}

/**
 * The deck's default roles. The deck ticks all eighteen letter functions for central registry,
 * division registry and executives; the narrower roles follow what those desks do day to day.
 */
export const DEFAULT_ROLES: readonly DefaultRole[] = [
  {
    key: 'central-registry',
    nameTh: 'สารบรรณกลาง',
    nameEn: 'Central registry',
    permissions: LETTER_FUNCTIONS,
  },
  {
    key: 'central-registry-drafting',
    nameTh: 'สารบรรณกลาง(ร่างหนังสือ)',
    nameEn: 'Central registry (drafting)',
    permissions: [
      Permission.LetterSearch,
      Permission.LetterCreate,
      Permission.LetterEdit,
      Permission.LetterDelete,
      Permission.DraftPropose,
      Permission.ActionRecord,
      Permission.LetterInternalExchange,
    ],
  },
  {
    key: 'unit-registry',
    nameTh: 'สารบรรณระดับกอง/กลุ่มงาน',
    nameEn: 'Division registry',
    permissions: LETTER_FUNCTIONS,
  },
  { key: 'executive', nameTh: 'ผู้บริหาร(ลงนาม)', nameEn: 'Executive (signing)', permissions: LETTER_FUNCTIONS },
  {
    key: 'front-office',
    nameTh: 'หน้าห้อง',
    nameEn: "Executive's office",
    permissions: [
      Permission.LetterSearch,
      Permission.LetterCreate,
      Permission.LetterInternalExchange,
      Permission.LetterRecall,
      Permission.LetterReturn,
      Permission.LetterScan,
      Permission.LetterEdit,
      Permission.DraftPropose,
      Permission.ActionRecord,
      Permission.CommandRecord,
    ],
  },
  {
    key: 'person',
    nameTh: 'บทบาทบุคคล',
    nameEn: 'Individual',
    permissions: [
      Permission.LetterSearch,
      Permission.LetterInternalExchange,
      Permission.ActionRecord,
      Permission.DraftPropose,
    ],
  },
  { key: 'admin', nameTh: 'Admin', nameEn: 'Agency admin', permissions: ADMIN_FUNCTIONS },
];
