import type { ActiveGrantRow } from '../directory/ports.ts';

/** A stored session, for an agency user or an operator. */
export interface SessionRecord {
  tokenHash: string;
  kind: 'user' | 'operator';
  tenantId: string | null;
  subjectId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

/** The login-relevant fields of an agency user. */
export interface UserCredentials {
  id: string;
  tenantId: string;
  personId: string | null;
  username: string;
  displayName: string;
  passwordHash: string;
  startsOn: string | null;
  endsOn: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  totpSecret: string | null;
  totpEnabled: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
}

/** The login-relevant fields of a service operator. */
export interface OperatorCredentials {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
}

/** An API token as listed to its owner (never the secret). */
export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** A user as a request needs it: account flags, the agency's status and the role grants active on a day. */
export interface UserPrincipalRecord {
  user: UserCredentials;
  tenantStatus: 'active' | 'suspended';
  grants: ActiveGrantRow[];
}

/** Port: credentials, sessions and API tokens. */
export interface AuthRepository {
  /** One query: the user, the agency's status and the grants active on `today` — run on every request. */
  loadUserPrincipal(tenantId: string, userId: string, today: string): Promise<UserPrincipalRecord | null>;
  findUserCredentials(tenantId: string, username: string): Promise<UserCredentials | null>;
  getUserCredentials(tenantId: string, userId: string): Promise<UserCredentials | null>;
  recordUserLoginFailure(tenantId: string, userId: string, lockUntil: Date | null): Promise<number>;
  recordUserLoginSuccess(tenantId: string, userId: string, at: Date): Promise<void>;
  setUserPassword(tenantId: string, userId: string, hash: string, mustChange: boolean): Promise<void>;
  setUserTotp(tenantId: string, userId: string, secret: string | null, enabled: boolean): Promise<void>;

  findOperatorCredentials(username: string): Promise<OperatorCredentials | null>;
  getOperator(id: string): Promise<OperatorCredentials | null>;
  insertOperator(o: { username: string; displayName: string; passwordHash: string }): Promise<string>;
  countOperators(): Promise<number>;
  recordOperatorLoginFailure(id: string, lockUntil: Date | null): Promise<number>;
  recordOperatorLoginSuccess(id: string, at: Date): Promise<void>;

  insertSession(s: Omit<SessionRecord, 'lastSeenAt'>): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | null>;
  touchSession(tokenHash: string, at: Date, expiresAt: Date): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(subjectId: string, exceptTokenHash?: string): Promise<void>;

  insertApiToken(t: {
    tenantId: string;
    userId: string;
    name: string;
    tokenHash: string;
    expiresAt: Date | null;
  }): Promise<ApiTokenRecord>;
  findApiToken(tokenHash: string): Promise<(ApiTokenRecord & { tenantId: string }) | null>;
  touchApiToken(tenantId: string, id: string, at: Date): Promise<void>;
  listApiTokens(tenantId: string, userId: string): Promise<ApiTokenRecord[]>;
  revokeApiToken(tenantId: string, userId: string, id: string, at: Date): Promise<boolean>;
}
