/** Reading and writing PEM (RFC 7468) without trusting the input. */

export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]{1,64})-----([\s\S]*?)-----END \1-----/g;
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;

/**
 * Every well-formed PEM block in `text`, in order. Text around blocks (as
 * OpenSSL writes with `-text`) is ignored; a block whose body is not base64
 * is skipped.
 */
export function readPemBlocks(text: string): PemBlock[] {
  const out: PemBlock[] = [];
  for (const match of text.matchAll(BLOCK)) {
    const label = match[1] as string;
    const body = match[2] as string;
    if (!BASE64.test(body)) continue;
    const der = Buffer.from(body.replace(/\s+/g, ""), "base64");
    if (der.byteLength === 0) continue;
    out.push({ label, der: new Uint8Array(der.buffer, der.byteOffset, der.byteLength) });
  }
  return out;
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
