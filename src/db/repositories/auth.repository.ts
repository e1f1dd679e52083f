import { type Selectable, sql } from 'kysely';
import type { ActiveGrantRow } from '../../domain/directory/ports.ts';
import type {
  ApiTokenRecord,
  AuthRepository,
  OperatorCredentials,
  UserCredentials,
} from '../../domain/auth/ports.ts';
import type { Database } from '../schema.ts';
import type { Tx } from '../client.ts';

function toCredentials(r: {
  id: string;
  tenant_id: string;
  person_id: string | null;
  username: string;
  display_name: string;
  password_hash: string;
  starts_on: string | null;
  ends_on: string | null;
  disabled: boolean;
  must_change_password: boolean;
  totp_secret: string | null;
  totp_enabled: boolean;
  failed_logins: number;
  locked_until: Date | null;
}): UserCredentials {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    personId: r.person_id,
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    disabled: r.disabled,
    mustChangePassword: r.must_change_password,
    totpSecret: r.totp_secret,
    totpEnabled: r.totp_enabled,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
  };
}

const userCols = [
  'id',
  'tenant_id',
  'person_id',
  'username',
  'display_name',
  'password_hash',
  'starts_on',
  'ends_on',
  'disabled',
  'must_change_password',
  'totp_secret',
  'totp_enabled',
  'failed_logins',
  'locked_until',
] as const;

type OperatorRow = Selectable<Database['operators']>;
type ApiTokenRow = Selectable<Database['api_tokens']>;

function toOperator(r: OperatorRow): OperatorCredentials {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
  };
}

function toApiToken(r: ApiTokenRow): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  };
}

/** Credentials, sessions and API tokens. Only sha256 hashes of session and token secrets are stored. */
export function authRepository(tx: Tx): AuthRepository {
  return {
    async loadUserPrincipal(tenantId, userId, today) {
      // The hot path of every request: user, agency status and today's grants in one round trip.
      const r = await tx
        .selectFrom('users as u')
        .innerJoin('tenants as t', 't.id', 'u.tenant_id')
        .select(userCols.map((c) => `u.${c}` as const))
        .select('t.status as tenant_status')
        .select(
          sql<ActiveGrantRow[]>`coalesce((
            SELECT json_agg(json_build_object('roleId', a.role_id, 'roleName', ro.name_th, 'permissions', ro.permissions,
              'orgUnitId', a.org_unit_id, 'orgUnitName', ou.name_th) ORDER BY ro.name_th)
            FROM role_assignments a
            JOIN roles ro ON ro.tenant_id = a.tenant_id AND ro.id = a.role_id
            JOIN org_units ou ON ou.tenant_id = a.tenant_id AND ou.id = a.org_unit_id
            WHERE a.tenant_id = u.tenant_id AND a.user_id = u.id
              AND (a.starts_on IS NULL OR a.starts_on <= ${today}::date)
              AND (a.ends_on IS NULL OR a.ends_on >= ${today}::date)
          ), '[]'::json)`.as('grants'),
        )
        .where('u.tenant_id', '=', tenantId)
        .where('u.id', '=', userId)
        .executeTakeFirst();
      return r ? { user: toCredentials(r), tenantStatus: r.tenant_status, grants: r.grants } : null;
    },
    async findUserCredentials(tenantId, username) {
      const r = await tx
        .selectFrom('users')
        .select(userCols)
        .where('tenant_id', '=', tenantId)
        .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .executeTakeFirst();
      return r ? toCredentials(r) : null;
    },
    async getUserCredentials(tenantId, userId) {
      const r = await tx
        .selectFrom('users')
        .select(userCols)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .executeTakeFirst();
      return r ? toCredentials(r) : null;
    },
    async recordUserLoginFailure(tenantId, userId, lockUntil) {
      const r = await tx
        .updateTable('users')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), locked_until: lockUntil }))
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      return r.failed_logins;
    },
    async recordUserLoginSuccess(tenantId, userId, at) {
      await tx
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, last_login_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .execute();
    },
    async setUserPassword(tenantId, userId, hash, mustChange) {
      await tx
        .updateTable('users')
        .set({
          password_hash: hash,
          must_change_password: mustChange,
          failed_logins: 0,
          locked_until: null,
          updated_at: new Date(),
        })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .execute();
    },
    async setUserTotp(tenantId, userId, secret, enabled) {
      await tx
        .updateTable('users')
        .set({ totp_secret: secret, totp_enabled: enabled, updated_at: new Date() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', userId)
        .execute();
    },

    async findOperatorCredentials(username) {
      const r = await tx
        .selectFrom('operators')
        .selectAll()
        .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
        .executeTakeFirst();
      return r ? toOperator(r) : null;
    },
    async getOperator(id) {
      const r = await tx.selectFrom('operators').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toOperator(r) : null;
    },
    async insertOperator(o) {
      const r = await tx
        .insertInto('operators')
        .values({ username: o.username, display_name: o.displayName, password_hash: o.passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      return r.id;
    },
    async countOperators() {
      const r = await tx
        .selectFrom('operators')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async recordOperatorLoginFailure(id, lockUntil) {
      const r = await tx
        .updateTable('operators')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), locked_until: lockUntil }))
        .where('id', '=', id)
        .returning('failed_logins')
        .executeTakeFirstOrThrow();
      return r.failed_logins;
    },
    async recordOperatorLoginSuccess(id, at) {
      await tx
        .updateTable('operators')
        .set({ failed_logins: 0, locked_until: null, last_login_at: at })
        .where('id', '=', id)
        .execute();
    },

    async insertSession(s) {
      await tx
        .insertInto('sessions')
        .values({
          token_hash: s.tokenHash,
          kind: s.kind,
          tenant_id: s.tenantId,
          subject_id: s.subjectId,
          csrf_token: s.csrfToken,
          expires_at: s.expiresAt,
        })
        .execute();
    },
    async findSession(tokenHash) {
      const r = await tx
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r
        ? {
            tokenHash: r.token_hash,
            kind: r.kind,
            tenantId: r.tenant_id,
            subjectId: r.subject_id,
            csrfToken: r.csrf_token,
            expiresAt: r.expires_at,
            lastSeenAt: r.last_seen_at,
          }
        : null;
    },
    async touchSession(tokenHash, at, expiresAt) {
      await tx
        .updateTable('sessions')
        .set({ last_seen_at: at, expires_at: expiresAt })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    async deleteSession(tokenHash) {
      await tx.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteSessionsOf(subjectId, exceptTokenHash) {
      let q = tx.deleteFrom('sessions').where('subject_id', '=', subjectId);
      if (exceptTokenHash) q = q.where('token_hash', '!=', exceptTokenHash);
      await q.execute();
    },

    async insertApiToken(t) {
      const r = await tx
        .insertInto('api_tokens')
        .values({
          tenant_id: t.tenantId,
          user_id: t.userId,
          name: t.name,
          token_hash: t.tokenHash,
          expires_at: t.expiresAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toApiToken(r);
    },
    async findApiToken(tokenHash) {
      const r = await tx
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r ? { ...toApiToken(r), tenantId: r.tenant_id } : null;
    },
    async touchApiToken(tenantId, id, at) {
      await tx
        .updateTable('api_tokens')
        .set({ last_used_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },
    async listApiTokens(tenantId, userId) {
      const rows = await tx
        .selectFrom('api_tokens')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toApiToken);
    },
    async revokeApiToken(tenantId, userId, id, at) {
      const r = await tx
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
  };
}
