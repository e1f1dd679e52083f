/**
 * The one table of error codes: HTTP status and the message a person reads, in Thai and English.
 * Messages may hold {placeholders} filled from the error's details.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: {
    status: 400,
    th: 'ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ',
    en: 'The input is not valid; check the fields listed.',
  },
  REQUEST_MALFORMED: {
    status: 400,
    th: 'รูปแบบคำขอไม่ถูกต้อง (JSON ไม่สมบูรณ์)',
    en: 'The request body is malformed.',
  },
  REQUEST_TOO_LARGE: { status: 413, th: 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด', en: 'The request is too large.' },
  AUTH_REQUIRED: { status: 401, th: 'กรุณาเข้าสู่ระบบ', en: 'Please log in.' },
  AUTH_INVALID_CREDENTIALS: {
    status: 401,
    th: 'หน่วยงาน ชื่อผู้ใช้ หรือรหัสผ่านไม่ถูกต้อง',
    en: 'Agency, username or password is incorrect.',
  },
  AUTH_TOTP_REQUIRED: {
    status: 401,
    th: 'กรุณากรอกรหัสยืนยันตัวตน 6 หลักจากแอปพลิเคชัน',
    en: 'Enter the 6-digit code from your authenticator app.',
  },
  AUTH_TOTP_INVALID: { status: 401, th: 'รหัสยืนยันตัวตนไม่ถูกต้อง', en: 'The authentication code is incorrect.' },
  AUTH_LOCKED: {
    status: 423,
    th: 'บัญชีถูกระงับชั่วคราวเนื่องจากกรอกรหัสผ่านผิดหลายครั้ง กรุณาลองใหม่หลัง {until}',
    en: 'The account is locked after repeated failures; try again after {until}.',
  },
  AUTH_ACCOUNT_INACTIVE: {
    status: 403,
    th: 'บัญชีผู้ใช้นี้ไม่อนุญาตให้ใช้งาน หรืออยู่นอกช่วงวันที่ใช้งาน',
    en: 'This account is disabled or outside its active dates.',
  },
  AUTH_TENANT_SUSPENDED: { status: 403, th: 'หน่วยงานนี้ถูกระงับการใช้บริการ', en: 'This agency is suspended.' },
  AUTH_CSRF: {
    status: 403,
    th: 'คำขอไม่ผ่านการตรวจสอบความปลอดภัย (CSRF) กรุณาโหลดหน้าใหม่',
    en: 'The request failed the CSRF check; reload the page.',
  },
  AUTH_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    th: 'กรุณาเปลี่ยนรหัสผ่านก่อนใช้งาน',
    en: 'You must change your password first.',
  },
  AUTH_PASSWORD_WEAK: {
    status: 400,
    th: 'รหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร มีทั้งตัวอักษรและตัวเลข และไม่ซ้ำกับชื่อผู้ใช้',
    en: 'The password must be at least 8 characters, mix letters and digits, and differ from the username.',
  },
  AUTH_PASSWORD_WRONG: { status: 400, th: 'รหัสผ่านปัจจุบันไม่ถูกต้อง', en: 'The current password is incorrect.' },
  AUTH_RATE_LIMITED: {
    status: 429,
    th: 'มีการพยายามเข้าสู่ระบบบ่อยเกินไป กรุณารอสักครู่',
    en: 'Too many login attempts; wait a moment.',
  },
  PERMISSION_DENIED: {
    status: 403,
    th: 'ท่านไม่มีสิทธิ์ใช้งานฟังก์ชันนี้',
    en: 'You do not have permission for this action.',
  },
  NOT_FOUND: { status: 404, th: 'ไม่พบข้อมูลที่ต้องการ', en: 'Not found.' },
  TENANT_NOT_FOUND: { status: 404, th: 'ไม่พบหน่วยงาน', en: 'Agency not found.' },
  TENANT_SLUG_TAKEN: { status: 409, th: 'รหัสหน่วยงานนี้มีอยู่แล้ว', en: 'This agency code is already used.' },
  TENANT_QUOTA_REACHED: {
    status: 409,
    th: 'จำนวนผู้ใช้งานครบตามที่ขอใช้งานแล้ว (จำนวนสูงสุดที่ขอใช้งาน {quota} คน จำนวนที่ใช้งานในปัจจุบัน {used} คน)',
    en: 'The user quota is reached (maximum {quota}, in use {used}).',
  },
  TENANT_QUOTA_BELOW_USAGE: {
    status: 409,
    th: 'จำนวนสูงสุดต้องไม่น้อยกว่าจำนวนผู้ใช้ที่มีอยู่ ({used} คน)',
    en: 'The quota cannot be below the users already there ({used}).',
  },
  ORG_UNIT_NOT_FOUND: { status: 404, th: 'ไม่พบหน่วยงานภายใน', en: 'Org unit not found.' },
  ORG_UNIT_CYCLE: {
    status: 409,
    th: 'ไม่สามารถย้ายหน่วยงานไปอยู่ใต้หน่วยงานย่อยของตนเองได้',
    en: 'A unit cannot be moved under its own sub-unit.',
  },
  ORG_UNIT_IN_USE: {
    status: 409,
    th: 'ไม่สามารถลบหน่วยงานที่ยังมีการใช้งานอยู่ (หน่วยงานย่อย {children} ทะเบียน {registers} บุคลากร {people} ตำแหน่ง {positions} บทบาทผู้ใช้ {roleAssignments})',
    en: 'The unit is still in use (sub-units {children}, registers {registers}, people {people}, positions {positions}, role assignments {roleAssignments}).',
  },
  ORG_UNIT_ROOT: {
    status: 409,
    th: 'ไม่สามารถลบหรือย้ายหน่วยงานระดับบนสุดของส่วนราชการได้',
    en: "The agency's root unit cannot be deleted or moved.",
  },
  POSITION_NOT_FOUND: { status: 404, th: 'ไม่พบตำแหน่ง', en: 'Position not found.' },
  POSITION_IN_USE: {
    status: 409,
    th: 'ไม่สามารถลบตำแหน่งที่มีการแต่งตั้งอยู่',
    en: 'The position still has appointments.',
  },
  APPOINTMENT_NOT_FOUND: { status: 404, th: 'ไม่พบการแต่งตั้ง', en: 'Appointment not found.' },
  APPOINTMENT_OVERLAP: {
    status: 409,
    th: 'ช่วงเวลาการแต่งตั้งซ้อนกับการแต่งตั้งที่มีอยู่ของตำแหน่งนี้',
    en: 'The appointment overlaps an existing appointment to this position.',
  },
  DATE_RANGE_INVALID: {
    status: 400,
    th: 'วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม',
    en: 'The end date cannot be before the start date.',
  },
  PERSON_NOT_FOUND: { status: 404, th: 'ไม่พบบุคลากร', en: 'Person not found.' },
  PERSON_NATIONAL_ID_INVALID: {
    status: 400,
    th: 'เลขประจำตัวประชาชนไม่ถูกต้อง (ต้องเป็นตัวเลข 13 หลักและผ่านการตรวจสอบหลักสุดท้าย)',
    en: 'The national ID is invalid (13 digits with a valid check digit).',
  },
  PERSON_NATIONAL_ID_TAKEN: {
    status: 409,
    th: 'เลขประจำตัวประชาชนนี้มีในระบบแล้ว',
    en: 'This national ID is already registered.',
  },
  PERSON_LOGIN_EMAIL_TAKEN: {
    status: 409,
    th: 'E-mail สำหรับล็อกอินนี้เป็นของบุคลากรอื่น ({owner}) ยืนยันเพื่อย้าย E-mail มาที่บุคลากรนี้',
    en: 'This login e-mail belongs to another person ({owner}); confirm to move it to this person.',
  },
  PERSON_IN_USE: {
    status: 409,
    th: 'ไม่สามารถลบบุคลากรที่มีบัญชีผู้ใช้หรือการแต่งตั้งอยู่',
    en: 'The person still has a user account or appointments.',
  },
  USER_NOT_FOUND: { status: 404, th: 'ไม่พบผู้ใช้งาน', en: 'User not found.' },
  USER_USERNAME_TAKEN: {
    status: 409,
    th: 'รหัสผู้ใช้งานนี้มีอยู่แล้วในหน่วยงาน',
    en: 'This username is already used in the agency.',
  },
  USER_PERSON_LINKED: {
    status: 409,
    th: 'บุคลากรนี้มีบัญชีผู้ใช้งานอยู่แล้ว',
    en: 'This person already has a user account.',
  },
  ROLE_NOT_FOUND: { status: 404, th: 'ไม่พบบทบาท', en: 'Role not found.' },
  ROLE_NAME_TAKEN: { status: 409, th: 'ชื่อบทบาทนี้มีอยู่แล้ว', en: 'This role name is already used.' },
  ROLE_IN_USE: {
    status: 409,
    th: 'ไม่สามารถลบบทบาทที่ยังกำหนดให้ผู้ใช้อยู่',
    en: 'The role is still assigned to users.',
  },
  ROLE_ASSIGNMENT_NOT_FOUND: { status: 404, th: 'ไม่พบการกำหนดบทบาท', en: 'Role assignment not found.' },
  ROLE_LAST_ADMIN: {
    status: 409,
    th: 'ต้องมีผู้ดูแลระบบของหน่วยงานอย่างน้อย 1 คน',
    en: 'The agency must keep at least one administrator.',
  },
  REGISTER_NOT_FOUND: { status: 404, th: 'ไม่พบทะเบียน', en: 'Register not found.' },
  REGISTER_NAME_TAKEN: {
    status: 409,
    th: 'ชื่อทะเบียนนี้มีอยู่แล้วในหน่วยงาน',
    en: 'A register with this name already exists in the unit.',
  },
  REGISTER_KIND_MISMATCH: {
    status: 409,
    th: 'ทะเบียนประเภทนี้ไม่รองรับการดำเนินการนี้',
    en: 'This kind of register does not allow this action.',
  },
  REGISTER_START_LOCKED: {
    status: 409,
    th: 'ไม่สามารถกำหนดเลขเริ่มต้นได้ เนื่องจากมีการออกเลขของปีนี้แล้ว',
    en: 'The start number is locked: a number of this year has already been used.',
  },
  REGISTER_START_BELOW_BOOKED: {
    status: 409,
    th: 'ทะเบียนปี {yearBE} มีเลข {booked} อยู่แล้ว (จากหนังสือเก่า) เลขเริ่มต้นต้องมากกว่าเลขนี้',
    en: 'The {yearBE} book already holds number {booked} (old letters); the start must be above it.',
  },
  REGISTER_ARCHIVED: { status: 409, th: 'ทะเบียนนี้ถูกปิดใช้งานแล้ว', en: 'This register is archived.' },
  NUMBER_NOT_FOUND: { status: 404, th: 'ไม่พบเลขทะเบียน', en: 'Register number not found.' },
  NUMBER_NOT_RESERVED: { status: 409, th: 'เลขนี้ไม่ได้อยู่ในสถานะจอง', en: 'This number is not reserved.' },
  NUMBER_NOT_CANCELLABLE: {
    status: 409,
    th: 'ไม่สามารถยกเลิกเลขนี้ได้ เนื่องจากอยู่ในสถานะ {status}',
    en: 'This number cannot be cancelled: its status is {status}.',
  },
  LETTER_NOT_FOUND: { status: 404, th: 'ไม่พบหนังสือ หรือท่านไม่มีสิทธิ์เห็นหนังสือนี้', en: 'Letter not found.' },
  DELIVERY_NOT_FOUND: { status: 404, th: 'ไม่พบรายการส่งหนังสือ', en: 'Delivery not found.' },
  REVISION_NOT_FOUND: { status: 404, th: 'ไม่พบไฟล์หนังสือฉบับที่ขอ', en: 'No such document revision.' },
  ATTACHMENT_NOT_FOUND: { status: 404, th: 'ไม่พบสิ่งที่ส่งมาด้วย', en: 'Attachment not found.' },
  FILE_REQUIRED: {
    status: 400,
    th: 'กรุณาแนบไฟล์: {what}',
    en: 'A file is required: {what}.',
  },
  FILE_TOO_LARGE: {
    status: 413,
    th: 'ไฟล์ "{fileName}" มีขนาดเกิน {maxMb} MB',
    en: 'The file "{fileName}" is larger than {maxMb} MB.',
  },
  TOO_MANY_FILES: { status: 400, th: 'แนบไฟล์ได้ไม่เกิน {max} ไฟล์', en: 'At most {max} files may be attached.' },
  FILE_NAME_INVALID: {
    status: 400,
    th: 'ชื่อไฟล์ "{fileName}" ไม่ถูกต้อง (ห้ามมีเส้นทาง / \\ .. หรืออักขระควบคุม)',
    en: 'The file name "{fileName}" is not allowed (no paths, / \\ .. or control characters).',
  },
  FILE_EMPTY: { status: 400, th: 'ไฟล์ "{fileName}" ว่างเปล่า', en: 'The file "{fileName}" is empty.' },
  FILE_TYPE_UNSUPPORTED: {
    status: 400,
    th: 'ไม่รองรับชนิดของไฟล์ "{fileName}" (รับ PDF, JPEG, PNG, TIFF)',
    en: 'The file type of "{fileName}" is not supported (PDF, JPEG, PNG, TIFF).',
  },
  PDF_EMPTY: { status: 400, th: 'ไฟล์ PDF "{fileName}" ว่างเปล่า', en: 'The PDF "{fileName}" is empty.' },
  PDF_INVALID: {
    status: 400,
    th: 'ไฟล์ "{fileName}" ไม่ใช่ PDF ที่ถูกต้อง หรือไฟล์เสียหาย',
    en: 'The file "{fileName}" is not a valid PDF, or it is damaged.',
  },
  PDF_ENCRYPTED: {
    status: 400,
    th: 'ไฟล์ PDF "{fileName}" ถูกเข้ารหัสหรือป้องกันด้วยรหัสผ่าน กรุณาส่งไฟล์ที่ไม่เข้ารหัส',
    en: 'The PDF "{fileName}" is encrypted or password-protected; send an unencrypted file.',
  },
  PDF_TOO_MANY_PAGES: {
    status: 400,
    th: 'ไฟล์ "{fileName}" มีจำนวนหน้าเกินกำหนด',
    en: 'The file "{fileName}" has too many pages.',
  },
  PDF_DECOMPRESSION_BOMB: {
    status: 400,
    th: 'ไฟล์ PDF "{fileName}" มีข้อมูลบีบอัดที่ขยายตัวเกินกำหนด (อาจเป็นไฟล์อันตราย)',
    en: 'The PDF "{fileName}" holds compressed data that expands beyond the limit (possibly malicious).',
  },
  IMAGE_INVALID: {
    status: 400,
    th: 'ไฟล์ภาพ "{fileName}" เสียหายหรือไม่ใช่ภาพ',
    en: 'The image "{fileName}" is damaged or not an image.',
  },
  IMAGE_TOO_LARGE: {
    status: 400,
    th: 'ภาพ "{fileName}" มีความละเอียดสูงเกินกำหนด',
    en: 'The image "{fileName}" has too many pixels.',
  },
  STAMP_PAGE_OUT_OF_RANGE: {
    status: 400,
    th: 'หน้าที่ระบุสำหรับตรารับ ({page}) เกินจำนวนหน้าของหนังสือ ({pageCount} หน้า)',
    en: "The stamp page ({page}) is beyond the letter's {pageCount} pages.",
  },
  UNIT_HAS_NO_RECEIVE_REGISTER: {
    status: 409,
    th: 'หน่วยงานนี้ยังไม่มีทะเบียนหนังสือรับ กรุณาให้ผู้ดูแลระบบสร้างทะเบียนก่อน',
    en: 'This unit has no receive register yet; ask the admin to create one.',
  },
  RECEIVE_REGISTER_REQUIRED: {
    status: 400,
    th: 'หน่วยงานนี้มีทะเบียนหนังสือรับมากกว่าหนึ่งเล่ม กรุณาเลือกทะเบียน',
    en: 'This unit has several receive registers; choose one.',
  },
  RECEIPT_NUMBER_TAKEN: {
    status: 409,
    th: 'เลขรับ {number} ของปี {yearBE} มีอยู่ในทะเบียนแล้ว',
    en: 'Receipt number {number} of {yearBE} is already in the register.',
  },
  RECEIPT_NUMBER_IN_USE_RANGE: {
    status: 409,
    th: 'เลขรับ {number} อยู่ในช่วงที่ระบบออกเลขเอง (ปี {yearBE} เริ่มที่เลข {startNumber}) จึงใช้กับหนังสือเก่าไม่ได้',
    en: 'Receipt number {number} lies in the range the system issues ({yearBE} starts at {startNumber}).',
  },
  OLD_LETTER_NEEDS_NUMBER: {
    status: 400,
    th: 'หนังสือเก่าต้องระบุเลขรับและวันเวลาที่รับ',
    en: 'An old letter needs the receipt number and the time it was received.',
  },
  OLD_LETTER_FUTURE: {
    status: 400,
    th: 'วันเวลาที่รับของหนังสือเก่าต้องไม่เป็นเวลาในอนาคต',
    en: 'The receipt time of an old letter cannot be in the future.',
  },
  TOP_SECRET_NOT_ELECTRONIC: {
    status: 409,
    th: 'หนังสือชั้นลับที่สุดส่งหรือเก็บทางอิเล็กทรอนิกส์ไม่ได้ ให้ดำเนินการตามระเบียบว่าด้วยการรักษาความลับของทางราชการ',
    en: 'Top-secret letters cannot travel or be stored electronically.',
  },
  LETTER_NOT_ACTIVE: {
    status: 409,
    th: 'หนังสือนี้ปิดงานหรือยกเลิกแล้ว',
    en: 'This letter is closed or cancelled.',
  },
  LETTER_NOT_RECEIVED: {
    status: 409,
    th: 'หนังสือนี้ยังไม่ได้ลงรับ กรุณาลงรับก่อนเสนอหรือส่งต่อ',
    en: 'This letter has no receipt number yet; register it (ลงรับ) before sending it on.',
  },
  NOT_ON_ROUTE: {
    status: 403,
    th: 'ท่านไม่ได้อยู่ในเส้นทางของหนังสือนี้',
    en: 'You are not on the route of this letter.',
  },
  DELIVERY_NOT_PENDING: {
    status: 409,
    th: 'รายการนี้ถูก{state}แล้ว',
    en: 'This delivery is already {stateEn}.',
  },
  DELIVERY_NOT_YOURS: {
    status: 403,
    th: 'รายการนี้ไม่ได้ส่งถึงท่านหรือหน่วยงานของท่าน',
    en: 'This delivery is not addressed to you or your unit.',
  },
  RECALL_NOT_SENDER: { status: 403, th: 'ดึงกลับได้เฉพาะผู้ส่ง', en: 'Only the sender can recall.' },
  LETTER_DELETE_NUMBERED: {
    status: 409,
    th: 'ลบไม่ได้ เพราะหนังสือออกเลขรับแล้ว (ใช้ "ยกเลิก" แทน)',
    en: 'The letter has a receipt number and cannot be deleted; cancel it instead.',
  },
  LETTER_DELETE_SENT: {
    status: 409,
    th: 'ลบไม่ได้ เพราะหนังสือถูกส่งต่อแล้ว',
    en: 'The letter has been sent on and cannot be deleted.',
  },
  RECIPIENTS_REQUIRED: { status: 400, th: 'กรุณาเลือกผู้รับอย่างน้อยหนึ่งราย', en: 'Choose at least one recipient.' },
  RECIPIENT_NOT_FOUND: {
    status: 400,
    th: 'ไม่พบผู้รับที่เลือกในหน่วยงานนี้',
    en: 'A chosen recipient is not in this agency.',
  },
  SIGN_PASSWORD_WRONG: {
    status: 400,
    th: 'รหัสผ่านยืนยันตัวบุคคลไม่ถูกต้อง',
    en: 'The confirmation password is incorrect.',
  },
  CERTIFICATE_NOT_FOUND: { status: 404, th: 'ไม่พบใบรับรองที่ระบุ', en: 'Certificate not found.' },
  CERTIFICATE_REQUIRED: {
    status: 400,
    th: 'กรุณาเลือกใบรับรองจากที่เก็บในระบบ หรือเลือกไฟล์ใบรับรอง (.p12) จากที่เก็บในเครื่อง',
    en: 'Choose a certificate from the system store, or a certificate file (.p12) from your device.',
  },
  CERTIFICATE_NOT_YOURS: { status: 403, th: 'ใบรับรองนี้ไม่ใช่ของท่าน', en: 'This certificate is not yours.' },
  CERTIFICATE_REVOKED: {
    status: 409,
    th: 'ใบรับรองถูกเพิกถอนแล้วเมื่อ {revokedAt} ใช้ลงนามไม่ได้',
    en: 'The certificate was revoked at {revokedAt} and cannot sign.',
  },
  CERTIFICATE_EXPIRED: {
    status: 409,
    th: 'ใบรับรองหมดอายุแล้วเมื่อ {notAfter} ใช้ลงนามไม่ได้',
    en: 'The certificate expired at {notAfter} and cannot sign.',
  },
  CERTIFICATE_NOT_YET_VALID: {
    status: 409,
    th: 'ใบรับรองยังไม่ถึงวันเริ่มใช้ ({notBefore})',
    en: 'The certificate is not valid until {notBefore}.',
  },
  CERTIFICATE_KEY_MISMATCH: {
    status: 400,
    th: 'กุญแจส่วนตัวไม่ตรงกับใบรับรอง',
    en: 'The private key does not match the certificate.',
  },
  CERTIFICATE_KEY_UNSUPPORTED: {
    status: 400,
    th: 'ชนิดกุญแจของใบรับรองไม่รองรับ (รองรับ RSA 2048 บิตขึ้นไป และ ECDSA P-256)',
    en: 'Unsupported key type (RSA ≥ 2048 bits and ECDSA P-256 are supported).',
  },
  CERTIFICATE_INVALID: {
    status: 400,
    th: 'ไฟล์ใบรับรองไม่ถูกต้อง (ต้องเป็น X.509 แบบ PEM หรือ DER)',
    en: 'The certificate is not a valid X.509 certificate (PEM or DER).',
  },
  CERTIFICATE_REVOKED_ALREADY: {
    status: 409,
    th: 'ใบรับรองนี้ถูกเพิกถอนไปแล้ว',
    en: 'The certificate is already revoked.',
  },
  PKCS12_INVALID: {
    status: 400,
    th: 'ไฟล์ใบรับรองไม่ใช่ PKCS#12 (.p12/.pfx) หรือไฟล์เสียหาย',
    en: 'The file is not a PKCS#12 (.p12/.pfx) or it is damaged.',
  },
  PKCS12_PASSWORD: {
    status: 400,
    th: 'รหัสผ่านของไฟล์ใบรับรองไม่ถูกต้อง',
    en: 'The password of the certificate file is incorrect.',
  },
  PKCS12_UNSUPPORTED: {
    status: 400,
    th: 'ไฟล์ใบรับรองใช้การเข้ารหัสที่ไม่รองรับ ({detail}) กรุณาส่งออกใหม่แบบ AES',
    en: 'The certificate file uses unsupported protection ({detail}); export it again with AES.',
  },
  PKCS12_NO_KEY: {
    status: 400,
    th: 'ไฟล์ใบรับรองไม่มีกุญแจส่วนตัว หรือกุญแจไม่ตรงกับใบรับรองในไฟล์',
    en: 'The certificate file holds no private key matching its certificate.',
  },
  TSA_UNAVAILABLE: {
    status: 503,
    th: 'ขอตราเวลาจากผู้ให้บริการประทับรับรองเวลาไม่สำเร็จ กรุณาลองใหม่ (ยังไม่มีการบันทึกใด ๆ)',
    en: 'The time-stamp authority could not be reached; try again (nothing was stored).',
  },
  VERIFY_CODE_NOT_FOUND: {
    status: 404,
    th: 'ไม่พบหนังสือตามรหัสตรวจสอบนี้',
    en: 'No letter has this verification code.',
  },
  SIGNATURE_IMAGE_REQUIRED: {
    status: 400,
    th: 'กรุณาวาดลายเซ็น หรือบันทึกภาพลายเซ็นในหน้าบัญชีผู้ใช้ก่อนลงนาม',
    en: 'Draw a signature, or store a signature image in your account first.',
  },
  SIGNATURE_IMAGE_INVALID: {
    status: 400,
    th: 'ภาพลายเซ็นไม่ถูกต้อง (ต้องเป็น PNG หรือ JPEG ไม่เกิน 1 MB)',
    en: 'The signature image is not valid (PNG or JPEG up to 1 MB).',
  },
  CAPACITY_NOT_HELD: {
    status: 400,
    th: 'ท่านไม่ได้ดำรงตำแหน่งที่เลือกในวันนี้',
    en: 'You do not hold the chosen capacity today.',
  },
  COMMAND_PRESET_NOT_FOUND: { status: 404, th: 'ไม่พบรูปแบบคำสั่งการ', en: 'Command preset not found.' },
  SALUTATION_NOT_FOUND: { status: 404, th: 'ไม่พบคำขึ้นต้น/คำลงท้าย', en: 'Salutation not found.' },
  EMBLEM_INVALID: {
    status: 400,
    th: 'ภาพตราหน่วยงานไม่ถูกต้อง (ต้องเป็น PNG หรือ JPEG ไม่เกิน 2 MB)',
    en: 'The emblem is not valid (PNG or JPEG up to 2 MB).',
  },
  OUTGOING_NOT_FOUND: {
    status: 404,
    th: 'ไม่พบหนังสือส่ง หรือท่านไม่มีสิทธิ์เห็นหนังสือนี้',
    en: 'Outgoing letter not found.',
  },
  FORM_FIELD_REQUIRED: {
    status: 400,
    th: 'แบบ{formTh}ต้องมี {fieldTh}',
    en: 'The {form} form needs {field}.',
  },
  OUTGOING_NOT_EDITABLE: {
    status: 409,
    th: 'แก้ไขได้เฉพาะร่างที่ยังไม่ได้เสนอหรือถูกส่งคืนให้แก้ไข (สถานะปัจจุบัน: {status})',
    en: 'Only a draft not under review can be edited (now: {status}).',
  },
  OUTGOING_WRONG_STATUS: {
    status: 409,
    th: 'ทำรายการนี้ไม่ได้ในสถานะปัจจุบันของหนังสือ ({status})',
    en: 'This cannot be done while the letter is {status}.',
  },
  NOT_YOUR_TURN: {
    status: 403,
    th: 'ยังไม่ถึงลำดับของท่านในการตรวจหรือลงนามหนังสือนี้',
    en: 'It is not your turn to review or sign this letter.',
  },
  SIGNER_CANNOT_SIGN: {
    status: 400,
    th: 'ผู้ลงนามที่เลือกไม่มีสิทธิ์ลงนามอิเล็กทรอนิกส์',
    en: 'The chosen signer may not sign letters.',
  },
  NO_REGISTER_FOR_FORM: {
    status: 409,
    th: 'หน่วยงานเจ้าของเรื่องและหน่วยงานเหนือขึ้นไปไม่มี{kindTh} กรุณาให้ผู้ดูแลระบบสร้างทะเบียนก่อน',
    en: 'Neither the owner unit nor a unit above it keeps a {kind} register.',
  },
  AGENCY_NOT_FOUND: {
    status: 400,
    th: 'ไม่พบหน่วยงานปลายทาง {slug} ในระบบ',
    en: 'No agency {slug} on the platform.',
  },
  AGENCY_SUSPENDED: {
    status: 409,
    th: 'หน่วยงานปลายทาง {name} ถูกระงับการใช้บริการ ส่งหนังสือไม่ได้',
    en: 'The agency {name} is suspended; letters cannot be delivered to it.',
  },
  LETTER_RENDER_FAILED: {
    status: 400,
    th: 'สร้างไฟล์หนังสือไม่ได้: {reason}',
    en: 'The letter cannot be rendered: {reason}.',
  },
  INTERNAL: {
    status: 500,
    th: 'เกิดข้อผิดพลาดภายในระบบ กรุณาแจ้งผู้ดูแลพร้อมรหัสคำขอ',
    en: 'Internal error; report the request id to support.',
  },
} as const satisfies Record<string, { status: number; th: string; en: string }>;

/** A stable error code, as sent to clients in `error.code`. */
export type ErrorCode = keyof typeof errorCatalogue;

/** Fills {placeholders} in a catalogue message from the error's details. */
export function renderErrorMessage(
  code: ErrorCode,
  lang: 'th' | 'en',
  details?: Record<string, unknown>,
): string {
  const template: string = errorCatalogue[code][lang];
  return template.replace(/\{(\w+)\}/g, (m, key: string) =>
    details && key in details ? String(details[key]) : m,
  );
}
