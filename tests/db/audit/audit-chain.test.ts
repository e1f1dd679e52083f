import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { argon2Hasher } from '../../../src/adapters/crypto/argon2-hasher.ts';
import { createUnitOfWork } from '../../../src/db/unit-of-work.ts';
import { verifyChain } from '../../../src/domain/audit/audit-log.ts';
import { systemClock } from '../../../src/domain/shared/context.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import { createTenant } from '../../../src/domain/tenancy/create-tenant.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('audit log in PostgreSQL', () => {
  let t: TestDatabase;
  let deps: CoreDeps;
  let tenantId: string;

  before(async () => {
    t = await createTestDatabase();
    deps = { uow: createUnitOfWork(t.db), passwords: argon2Hasher, clock: systemClock };
    const tenant = await createTenant(
      deps,
      { kind: 'system', name: 'test' },
      {
        slug: 'audit-test',
        nameTh: 'หน่วยงานทดสอบ',
        nameEn: '',
        ministry: '',
        department: '',
        letterCode: 'ศธ',
        ownerNumber: '0400',
        userQuota: 10,
        digitStyle: 'thai',
        admin: { username: 'admin', displayName: 'Admin', password: 'secret123' },
      },
    );
    tenantId = tenant.id;
    for (let i = 0; i < 5; i++) {
      await deps.uow.run((r) =>
        r.audit.append(
          tenantId,
          { kind: 'system', id: null, name: 'test' },
          {
            action: 'test.event',
            targetType: 'test',
            targetId: String(i),
            summary: { i, note: 'ทดสอบ' },
          },
        ),
      );
    }
  });
  after(() => t.drop());

  it('writes the audit entry in the same transaction as the change, so a rollback leaves none', async () => {
    const before = await verifyChain(deps, tenantId);
    await assert.rejects(
      deps.uow.run(async (r) => {
        await r.audit.append(
          tenantId,
          { kind: 'system', id: null, name: 'test' },
          { action: 'test.rolled-back', targetType: 'test' },
        );
        throw new Error('boom');
      }),
    );
    const afterRollback = await verifyChain(deps, tenantId);
    assert.equal(afterRollback.checked, before.checked);
    assert.equal(afterRollback.ok, true);
  });

  it('keeps concurrent appends of one agency in one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        deps.uow.run((r) =>
          r.audit.append(
            tenantId,
            { kind: 'system', id: null, name: 'test' },
            { action: 'test.parallel', targetType: 'test', targetId: String(i) },
          ),
        ),
      ),
    );
    const check = await verifyChain(deps, tenantId);
    assert.equal(check.ok, true);
    assert.ok(check.checked >= 26);
  });

  it('refuses UPDATE and DELETE on the log', async () => {
    await assert.rejects(
      sql`UPDATE audit_log SET action = 'x' WHERE tenant_id = ${tenantId}`.execute(t.db),
      /append-only/,
    );
    await assert.rejects(
      sql`DELETE FROM audit_log WHERE tenant_id = ${tenantId}`.execute(t.db),
      /append-only/,
    );
  });

  it('reports the first broken link after a row is edited behind the trigger, in the API and in `saraban audit verify`', async () => {
    const cli = () =>
      spawnSync(process.execPath, ['bin/saraban.mjs', 'audit', 'verify'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: t.url, SARABAN_DEMO: '0' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const good = cli();
    assert.equal(good.status, 0, good.stderr);
    assert.equal(JSON.parse(good.stdout).ok, true);

    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.db);
    await sql`UPDATE audit_log SET summary = '{"i": 99}' WHERE tenant_id = ${tenantId} AND seq = 4`.execute(
      t.db,
    );
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.db);

    const check = await verifyChain(deps, tenantId);
    assert.deepEqual(check.firstBroken, { seq: 4, reason: 'hash-mismatch' });
    const bad = cli();
    assert.equal(bad.status, 1, bad.stderr);
    const report = JSON.parse(bad.stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(report.chains.find((c: { chainId: string }) => c.chainId === tenantId).firstBroken, {
      seq: 4,
      reason: 'hash-mismatch',
    });
  });
});
