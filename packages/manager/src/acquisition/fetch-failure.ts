/**
 * What went wrong with an HTTP exchange, from undici's errors: the
 * connection could not be made, a proxy tunnel was refused (with the
 * proxy's status), our time limit ran out, or the exchange broke.
 */
export type FetchFailure =
  | { readonly kind: "connect"; readonly reason: string }
  | { readonly kind: "proxy-status"; readonly status: number; readonly reason: string }
  | { readonly kind: "timeout"; readonly reason: string }
  | { readonly kind: "broken"; readonly reason: string };

const CONNECT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
]);

interface ErrorLike {
  readonly message?: string;
  readonly code?: string | number;
  readonly name?: string;
  readonly cause?: unknown;
}

/** The error and its causes, outermost first. */
function chain(error: unknown): ErrorLike[] {
  const errors: ErrorLike[] = [];
  let current: unknown = error;
  while (typeof current === "object" && current !== null && errors.length < 8) {
    errors.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return errors;
}

export function classifyFetchFailure(error: unknown, timedOut: boolean): FetchFailure {
  const errors = chain(error);
  const reason = errors
    .map((e) => e.message ?? String(e.code ?? ""))
    .filter(Boolean)
    .join(": ");
  if (timedOut) return { kind: "timeout", reason };
  for (const e of errors) {
    const proxy = /Proxy response \((\d{3})\)/.exec(e.message ?? "");
    if (proxy?.[1]) return { kind: "proxy-status", status: Number(proxy[1]), reason };
    if (/Proxy Authentication Required/.test(e.message ?? "")) {
      return { kind: "proxy-status", status: 407, reason };
    }
    if (typeof e.code === "string" && CONNECT_CODES.has(e.code)) return { kind: "connect", reason };
  }
  return { kind: "broken", reason: reason || String(error) };
}
