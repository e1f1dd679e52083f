import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.ts';
import { createOperator } from '../domain/auth/operator-login.ts';
import type { CoreDeps } from '../domain/shared/deps.ts';
import { seedDemoAgency } from './demo-seed.ts';

/** Demo-only operator password, printed on first start. */
export const DEMO_OPERATOR_PASSWORD = 'operator-demo-1234';

/**
 * First start: creates the first service operator (password from SARABAN_OPERATOR_PASSWORD, the demo one,
 * or a random one printed once) and, in demo mode, the demo agency. Returns lines for the start banner.
 */
export async function ensurePlatformSeed(deps: CoreDeps, config: Config): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  const operators = await deps.uow.run((r) => r.auth.countOperators());
  if (operators === 0) {
    const password =
      config.operatorPassword ??
      (config.demo ? DEMO_OPERATOR_PASSWORD : randomBytes(12).toString('base64url'));
    await createOperator(deps, { username: 'operator', displayName: 'ผู้ให้บริการระบบ', password });
    lines.push(
      `  ผู้ให้บริการ (operator): /operator/login  ชื่อผู้ใช้ operator  รหัสผ่าน ${config.operatorPassword ? '(จาก SARABAN_OPERATOR_PASSWORD)' : password}`,
    );
  }
  if (config.demo) {
    const demo = await seedDemoAgency(deps);
    if (demo.created) {
      lines.push('  หน่วยงานทดลอง (demo only — do not use in production):');
      lines.push(
        '    หน่วยงาน demo  ผู้ใช้ admin, saraban, unit, unit2, director, deputy, staff  รหัสผ่าน demo1234',
      );
      lines.push('    หน่วยงาน demo2  ผู้ใช้ admin, saraban  รหัสผ่าน demo1234');
    }
  }
  return { lines };
}
