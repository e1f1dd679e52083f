/** True for 13 digits whose last is the mod-11 check digit over the first 12 weighted 13..2. */
export function isValidNationalId(id: string): boolean {
  const digits = id.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}
