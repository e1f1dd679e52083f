import { type Kysely, sql } from 'kysely';

/** The regulation's คำขึ้นต้น / คำลงท้าย pairs (ภาคผนวก ๒, the common ones) every agency starts with. */
export const DEFAULT_SALUTATIONS = [
  { opening: 'เรียน', closing: 'ขอแสดงความนับถือ', recipient: 'บุคคลทั่วไป ข้าราชการ' },
  {
    opening: 'กราบเรียน',
    closing: 'ขอแสดงความนับถืออย่างยิ่ง',
    recipient: 'ประธานองคมนตรี นายกรัฐมนตรี ประธานรัฐสภา ประธานศาลฎีกา และผู้ดำรงตำแหน่งสูง',
  },
  { opening: 'นมัสการ', closing: 'ขอนมัสการด้วยความเคารพ', recipient: 'พระภิกษุสงฆ์' },
  { opening: 'กราบทูล', closing: 'ควรมิควรแล้วแต่จะโปรด', recipient: 'สมเด็จพระสังฆราช' },
] as const;

/** Salutation and closing pairs (คำขึ้นต้น / คำลงท้าย) per agency, editable by its admin. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE salutations (
      tenant_id uuid NOT NULL REFERENCES tenants(id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      opening text NOT NULL,
      closing text NOT NULL,
      recipient text NOT NULL DEFAULT '',
      position integer NOT NULL,
      PRIMARY KEY (tenant_id, id)
    )`.execute(db);
  for (const [i, s] of DEFAULT_SALUTATIONS.entries()) {
    await sql`INSERT INTO salutations (tenant_id, opening, closing, recipient, position)
              SELECT id, ${s.opening}, ${s.closing}, ${s.recipient}, ${i + 1} FROM tenants`.execute(db);
  }
}
