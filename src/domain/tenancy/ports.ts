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

/** Port: agencies, and the platform-wide figures operators see. */
export interface TenantRepository {
  insert(t: NewTenant): Promise<Tenant>;
  get(id: string): Promise<Tenant | null>;
  findBySlug(slug: string): Promise<Tenant | null>;
  /** Locks the tenant row for the rest of the transaction (quota checks). */
  lock(id: string): Promise<Tenant | null>;
  update(id: string, patch: Partial<NewTenant & { status: 'active' | 'suspended' }>): Promise<Tenant>;
  list(q: { limit: number; offset: number; q?: string }): Promise<{ items: Tenant[]; total: number }>;
  statistics(monthStart: Date): Promise<UsageStatistics>;
}
