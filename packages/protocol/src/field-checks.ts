import { ProtocolError } from "./errors.ts";
import { Limits } from "./limits.ts";
import { MAINTENANCE_CODE_PATTERN } from "./maintenance-codes.ts";

/** Small assertions for message fields; each names the field it checks. */

export function invalid(path: string, problem: string): never {
  throw new ProtocolError("PC_PROTO_INVALID_FIELD", `${path} ${problem}`);
}

/** Control characters (C0 and DEL), as the manager refuses them in what it keeps. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A non-empty string of at most `maxChars` characters (identifiers by
 * default), without control characters or white space at either end: an
 * ID is a name the manager keeps and shows, and one it would refuse later
 * (a PC registered, a report stored) is refused here, where the peer hears why.
 */
export function requireId(
  value: string | null | undefined,
  path: string,
  maxChars: number = Limits.MAX_ID_CHARS,
): void {
  if (!value) invalid(path, "must not be empty");
  optionalText(value, path, maxChars);
  if (CONTROL.test(value)) invalid(path, "must not hold control characters");
  if (value.trim() !== value) invalid(path, "must not begin or end with white space");
}

export function optionalText(
  value: string | null | undefined,
  path: string,
  maxChars: number = Limits.MAX_TEXT_CHARS,
): void {
  if (value && value.length > maxChars) {
    invalid(path, `must be at most ${maxChars} characters: got ${value.length}`);
  }
}

export function requireBytes(
  value: Uint8Array | null | undefined,
  path: string,
  min: number,
  max: number,
): void {
  const length = value?.byteLength ?? 0;
  if (length < min || length > max) {
    const range = min === max ? `${min}` : `${min} to ${max}`;
    invalid(path, `must be ${range} bytes: got ${length}`);
  }
}

export function requireChain(value: readonly Uint8Array[] | null | undefined, path: string): void {
  const chain = value ?? [];
  if (chain.length === 0 || chain.length > Limits.MAX_CHAIN_CERTIFICATES) {
    invalid(
      path,
      `must hold 1 to ${Limits.MAX_CHAIN_CERTIFICATES} certificates: got ${chain.length}`,
    );
  }
  chain.forEach((der, i) => {
    requireBytes(der, `${path}[${i}]`, 1, Limits.MAX_CERTIFICATE_BYTES);
  });
}

export function requireEnum(
  value: number | null | undefined,
  known: Readonly<Record<string, number>>,
  path: string,
): void {
  const allowed = Object.values(known).filter((v) => v !== 0);
  if (value === null || value === undefined || !allowed.includes(value)) {
    invalid(path, `must be one of ${allowed.join(", ")}: got ${value ?? 0}`);
  }
}

export function maintenanceCode(
  value: string | null | undefined,
  path: string,
  required: boolean,
): void {
  if (!value) {
    if (required) invalid(path, "must be set");
    return;
  }
  if (!MAINTENANCE_CODE_PATTERN.test(value)) {
    invalid(path, `must be 12 upper-case hexadecimal characters: got ${JSON.stringify(value)}`);
  }
}

export function listLength(
  value: readonly unknown[] | null | undefined,
  path: string,
  min = 0,
): void {
  const length = value?.length ?? 0;
  if (length < min || length > Limits.MAX_LIST_ENTRIES) {
    invalid(path, `must hold ${min} to ${Limits.MAX_LIST_ENTRIES} entries: got ${length}`);
  }
}

export function safeInteger(value: number | null | undefined, path: string): void {
  if (value !== null && value !== undefined && !Number.isSafeInteger(value)) {
    invalid(path, `must be an integer below 2^53: got ${value}`);
  }
}
