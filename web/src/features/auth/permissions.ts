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
