/** Port: registers, their yearly counters and issued numbers (extended by the registers area). */
export interface RegisterRepository {
  /** Allocates the next number of (register, yearBE) inside the caller's transaction: gapless, never reused. */
  allocate(tenantId: string, registerId: string, yearBE: number): Promise<number>;
}
