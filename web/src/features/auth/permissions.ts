/** Permission keys the web app checks to show screens (the server enforces them again). */
export const Perm = {
  Structure: 'admin.structure',
  Personnel: 'admin.personnel',
  Users: 'admin.users',
  /** นำเข้าลายเซ็น และ สร้าง Internal Certificate: the agency CA, certificates, trust anchors, users' signatures. */
  Signatures: 'admin.signatures',
  Logs: 'admin.logs',
  Registers: 'admin.registers',
  NumberReserve: 'number.reserve',
} as const;

/**
 * Who may open the user list and a user's page: the user administrator, and (read-only, for นำเข้าลายเซ็น)
 * the administrator of signatures. The server lets both read users; only admin.users changes them.
 */
export const USER_PAGES: string[] = [Perm.Users, Perm.Signatures];
