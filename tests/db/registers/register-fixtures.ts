/** The one fixture the registers tests add to tests/support/factories.ts: an org unit, made by the directory use case. */
import { createOrgUnit } from '../../../src/domain/directory/index.ts';
import type { CoreDeps } from '../../../src/domain/shared/deps.ts';
import type { AppDeps } from '../../../src/http/app-deps.ts';

/** A unit under `parentId`, optionally with its own owner number; returns its id. */
export async function createUnit(
  deps: CoreDeps | AppDeps,
  tenantId: string,
  parentId: string,
  nameTh: string,
  ownerNumber: string | null = null,
): Promise<string> {
  const core = 'core' in deps ? deps.core : deps;
  const unit = await createOrgUnit(
    core,
    { tenantId, actor: { kind: 'system', name: 'test' } },
    { parentId, nameTh, ownerNumber },
  );
  return unit.id;
}
