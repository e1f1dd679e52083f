import type { Tenant, UsageStatistics } from '../../../contracts/tenancy.contract.ts';

/** Fields written when an agency is created. */
export interface NewTenant {
  slug: string;
  nameTh: string;
  nameEn: string;
  ministry: string;
  department: string;
  letterCode: string;
  ownerNumber: string;
  userQuota: number;
  digitStyle: 'thai' | 'arabic';
}

/** What every request and every printed number needs to know about its agency. */
export interface TenantSettings {
  id: string;
  slug: string;
  status: 'active' | 'suspended';
  digitStyle: 'thai' | 'arabic';
  letterCode: string;
  ownerNumber: string;
}

/** Port: agencies, and the platform-wide figures operators see. */
export interface TenantRepository {
  insert(t: NewTenant): Promise<Tenant>;
  get(id: string): Promise<Tenant | null>;
  /** The settings hot paths need (session checks, number printing), without counting users. */
  getSettings(id: string): Promise<TenantSettings | null>;
  findBySlug(slug: string): Promise<Tenant | null>;
  /** Locks the tenant row for the rest of the transaction (quota checks). */
  lock(id: string): Promise<Tenant | null>;
  update(id: string, patch: Partial<NewTenant & { status: 'active' | 'suspended' }>): Promise<Tenant>;
  list(q: { limit: number; offset: number; q?: string }): Promise<{ items: Tenant[]; total: number }>;
  statistics(monthStart: Date): Promise<UsageStatistics>;
}
