/** Reading and writing PEM (RFC 7468) without trusting the input. */

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

const BEGIN = "-----BEGIN ";
const END = "-----END ";
const DASHES = "-----";
const MAX_LABEL_LENGTH = 64;
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

/** Whether the character at `at` may be part of a label: A-Z, 0-9 or space. */
function isLabelChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x20;
}

/**
 * The label that starts at `from` and is closed by five dashes: 1 to 64
 * characters A-Z, 0-9 or space. `undefined` when there is none. Reads at
 * most 70 characters.
 */
function labelAt(text: string, from: number): string | undefined {
  let end = from;
  while (end - from <= MAX_LABEL_LENGTH && isLabelChar(text, end)) end++;
  const length = end - from;
  if (length < 1 || length > MAX_LABEL_LENGTH || !text.startsWith(DASHES, end)) return undefined;
  return text.slice(from, end);
}

/**
 * Where each END line starts, by label, in order: one pass over the text,
 * so that an unterminated BEGIN costs a lookup, not a scan to the end.
 */
function endLines(text: string): Map<string, number[]> {
  const ends = new Map<string, number[]>();
  for (let at = text.indexOf(END); at !== -1; at = text.indexOf(END, at + END.length)) {
    const label = labelAt(text, at + END.length);
    if (label === undefined) continue;
    const positions = ends.get(label);
    if (positions) positions.push(at);
    else ends.set(label, [at]);
  }
  return ends;
}

/**
 * Every well-formed PEM block in `text`, in order. Text around blocks (as
 * OpenSSL writes with `-text`) is ignored; a block whose body is not base64
 * is skipped.
 *
 * A block runs from a BEGIN line to the first END line with the same label
 * (what `/-----BEGIN (L)-----([\s\S]*?)-----END \1-----/g` matches), found
 * in linear time: the END lines are indexed once, and each label's index is
 * only walked forward.
 */
export function readPemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  const ends = endLines(text);
  const cursors = new Map<string, number>();
  let at = text.indexOf(BEGIN);
  while (at !== -1) {
    const label = labelAt(text, at + BEGIN.length);
    const bodyStart = label === undefined ? -1 : at + BEGIN.length + label.length + DASHES.length;
    const end = label === undefined ? -1 : nextEnd(ends, cursors, label, bodyStart);
    if (label === undefined || end === -1) {
      // no block starts here: the next BEGIN line may start one
      at = text.indexOf(BEGIN, at + BEGIN.length);
      continue;
    }
    const body = text.slice(bodyStart, end);
    at = text.indexOf(BEGIN, end + END.length + label.length + DASHES.length);
    if (!BASE64.test(body)) continue;
    const der = Buffer.from(body.replace(/\s+/g, ""), "base64");
    if (der.byteLength === 0) continue;
    out.push({ label, der: new Uint8Array(der.buffer, der.byteOffset, der.byteLength) });
  }
  return out;
}

/**
 * The first END line for `label` at or after `from`, or -1. `from` only
 * grows from one call to the next, so each label's cursor moves forward only.
 */
function nextEnd(
  ends: Map<string, number[]>,
  cursors: Map<string, number>,
  label: string,
  from: number,
): number {
  const positions = ends.get(label);
  if (!positions) return -1;
  let cursor = cursors.get(label) ?? 0;
  while (cursor < positions.length && (positions[cursor] as number) < from) cursor++;
  cursors.set(label, cursor);
  return cursor < positions.length ? (positions[cursor] as number) : -1;
}

/** The DER of every block with one of `labels`. */
export function readPemLabelled(text: string, labels: readonly string[]): Uint8Array[] {
  return readPemBlocks(text)
    .filter((block) => labels.includes(block.label))
    .map((block) => block.der);
}

export function encodePem(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der).toString("base64");
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

export const PemLabel = Object.freeze({
  CERTIFICATE: "CERTIFICATE",
  X509_CRL: "X509 CRL",
} as const);
