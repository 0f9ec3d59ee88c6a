/**
 * Column values that both backends turn into the same JavaScript values.
 * `pg` gives `int8` (bigint, count(*)) as a string by default; patchcast's
 * 64-bit columns (sizes, sequence numbers, identities) stay far below 2^53,
 * so both backends give them as numbers.
 */
export const INT8_OID = 20;

export function parseInt8(text: string): number {
  return Number(text);
}
