/** The registers area: registers (ทะเบียน), their yearly gapless numbers, reservations and cancellations. */
export { type AllocatedNumber, type AllocationMeta, allocateNumber } from './allocate-number.ts';
export { bindReservedNumber } from './bind-reserved-number.ts';
export { cancelNumber } from './cancel-number.ts';
export { createRegister } from './create-register.ts';
export { getRegister } from './get-register.ts';
export { listRegisterNumbers } from './list-register-numbers.ts';
export { listRegisters } from './list-registers.ts';
export { listReservations } from './list-reservations.ts';
export {
  formatLetterNumber,
  isValidLetterCode,
  isValidOwnerNumber,
  normalizeOwnerNumber,
} from './number-format.ts';
export type { NumberKey, RegisterRepository } from './ports.ts';
export { reserveNumber } from './reserve-number.ts';
export { setStartNumber } from './set-start-number.ts';
export { updateRegister } from './update-register.ts';
