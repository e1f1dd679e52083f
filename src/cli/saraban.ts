import { parseArgs } from 'node:util';
import { argon2Hasher } from '../adapters/crypto/argon2-hasher.ts';
import { loadConfig } from '../config/config.ts';
import { migrateToLatest } from '../db/client.ts';
import { connectDatabase } from '../db/connect.ts';
import { createUnitOfWork } from '../db/unit-of-work.ts';
import { verifyAllChains } from '../domain/audit/audit-log.ts';
import { createOperator } from '../domain/auth/operator-login.ts';
import { systemClock } from '../domain/shared/context.ts';
import type { CoreDeps } from '../domain/shared/deps.ts';
import { isAppError } from '../domain/shared/app-error.ts';
import { createTenant } from '../domain/tenancy/create-tenant.ts';
import { CreateTenantBody } from '../../contracts/tenancy.contract.ts';
import { VERIFY_USAGE, verifyCommand } from './verify.ts';

const USAGE = `saraban <command>

  migrate                         apply pending database migrations
  audit verify                    check every audit hash chain; exit 1 at the first broken link
  tenant create --slug S --name-th N --letter-code ศธ --owner-number 04001 --quota 60
                --admin-username U --admin-password P [--name-en E] [--ministry M] [--department D]
  operator create --username U --password P [--display-name N]
  verify <file.pdf>... [--ca F]... [--crl F]... [--offline]
                                  check PDFs' signatures; JSON report, exit 0 valid / 1 not valid

Uses DATABASE_URL, or the embedded PostgreSQL under SARABAN_DATA_DIR (default ./data; stop the
server first: the embedded cluster serves one process at a time).`;

async function withDeps<T>(fn: (deps: CoreDeps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await connectDatabase(config);
  try {
    await migrateToLatest(database.db);
    return await fn({ uow: createUnitOfWork(database.db), passwords: argon2Hasher, clock: systemClock });
  } finally {
    await database.close();
  }
}

async function run(argv: string[]): Promise<number> {
  const [cmd, sub, ...rest] = argv;
  const opts = (args: string[]) =>
    parseArgs({
      args,
      options: Object.fromEntries(
        [
          'slug',
          'name-th',
          'name-en',
          'ministry',
          'department',
          'letter-code',
          'owner-number',
          'quota',
          'admin-username',
          'admin-password',
          'admin-name',
          'username',
          'password',
          'display-name',
        ].map((k) => [k, { type: 'string' as const }]),
      ),
      strict: true,
    }).values;

  if (cmd === 'verify') {
    if (sub === '--help' || sub === '-h') {
      console.log(VERIFY_USAGE);
      return 0;
    }
    return verifyCommand(argv.slice(1));
  }
  if (cmd === 'migrate') {
    const config = loadConfig();
    const database = await connectDatabase(config);
    try {
      const applied = await migrateToLatest(database.db);
      console.log(JSON.stringify({ applied }));
    } finally {
      await database.close();
    }
    return 0;
  }
  if (cmd === 'audit' && sub === 'verify') {
    const results = await withDeps((deps) => verifyAllChains(deps));
    console.log(JSON.stringify({ ok: results.every((r) => r.ok), chains: results }, null, 2));
    return results.every((r) => r.ok) ? 0 : 1;
  }
  if (cmd === 'tenant' && sub === 'create') {
    const o = opts(rest);
    const body = CreateTenantBody.parse({
      slug: o.slug,
      nameTh: o['name-th'],
      nameEn: o['name-en'],
      ministry: o.ministry,
      department: o.department,
      letterCode: o['letter-code'],
      ownerNumber: o['owner-number'],
      userQuota: Number(o.quota),
      admin: {
        username: o['admin-username'],
        displayName: o['admin-name'] ?? o['admin-username'],
        password: o['admin-password'],
      },
    });
    const t = await withDeps((deps) => createTenant(deps, { kind: 'system', name: 'cli' }, body));
    console.log(JSON.stringify(t, null, 2));
    return 0;
  }
  if (cmd === 'operator' && sub === 'create') {
    const o = opts(rest);
    if (!o.username || !o.password) throw new Error('--username and --password are required');
    const id = await withDeps((deps) =>
      createOperator(deps, {
        username: o.username!,
        displayName: o['display-name'] ?? o.username!,
        password: o.password!,
      }),
    );
    console.log(JSON.stringify({ id }));
    return 0;
  }
  console.log(USAGE);
  return cmd ? 2 : 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(isAppError(err) ? `${err.code}: ${err.message}` : err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
