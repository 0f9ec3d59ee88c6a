/**
 * Who is who in a simulated fleet, decided before anything is issued: the
 * PC IDs, which PCs carry which certificate fault (`--fault KIND=PERCENT`),
 * and which answer No at the restart-confirm prompt (`--confirm
 * yes|no|PERCENT`). Deterministic for a seed, so a run can be repeated.
 */
import { FAULT_KINDS, type FaultKind, faultCode, isFaultKind } from "@patchcast/pki-sim";

export interface FaultShare {
  readonly kind: FaultKind;
  /** Share of the fleet, 0-100 (fractions allowed). */
  readonly percent: number;
}

/** Everyone Yes, everyone No, or this share answering Yes. */
export type ConfirmSpec = "yes" | "no" | { readonly yesPercent: number };

export interface PcPlan {
  readonly index: number;
  readonly pcId: string;
  /** Empty for a sound PC. */
  readonly faults: readonly FaultKind[];
  /** The maintenance code the PC must end with, or null when it should complete. */
  readonly expectedCode: string | null;
  /** Its answer at the restart-confirm prompt. */
  readonly answersYes: boolean;
}

export interface FleetPlanOptions {
  readonly count: number;
  readonly faults?: readonly FaultShare[];
  readonly confirm?: ConfirmSpec;
  /** PC IDs are PREFIX-00001, … (default "SEC"). */
  readonly prefix?: string;
  readonly seed?: number;
}

export const MAX_FLEET = 100_000;
const PREFIX = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

export function parseFaultShare(text: string): FaultShare {
  const match = /^([a-z-]+)=(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!match) throw new TypeError(`--fault must be KIND=PERCENT: got ${JSON.stringify(text)}`);
  const kind = match[1] as string;
  if (!isFaultKind(kind)) {
    throw new TypeError(
      `--fault: unknown kind "${kind}" (known: ${FAULT_KINDS.map((f) => f.kind).join(", ")})`,
    );
  }
  return { kind, percent: checkPercent(`--fault ${kind}`, Number(match[2])) };
}

export function parseConfirmSpec(text: string): ConfirmSpec {
  if (text === "yes" || text === "no") return text;
  const match = /^(\d+(?:\.\d+)?)%?$/.exec(text);
  if (!match)
    throw new TypeError(
      `--confirm must be yes, no or a percentage answering Yes: got ${JSON.stringify(text)}`,
    );
  return { yesPercent: checkPercent("--confirm", Number(match[1])) };
}

function checkPercent(what: string, value: number): number {
  if (!(value >= 0 && value <= 100))
    throw new RangeError(`${what} must be 0-100 percent: got ${value}`);
  return value;
}

/** A small seeded generator (mulberry32): the same seed, the same fleet. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

const share = (count: number, percent: number) => Math.round((count * percent) / 100);

export function planFleet(options: FleetPlanOptions): PcPlan[] {
  const { count } = options;
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_FLEET) {
    throw new RangeError(`count must be 1-${MAX_FLEET}: got ${count}`);
  }
  const prefix = options.prefix ?? "SEC";
  if (!PREFIX.test(prefix))
    throw new TypeError(
      `prefix must be 1-32 letters, digits, _ . -: got ${JSON.stringify(prefix)}`,
    );
  const random = seeded(options.seed ?? 1);
  const order = shuffled(count, random);
  const faultOf = new Map<number, FaultKind>();
  let next = 0;
  for (const { kind, percent } of options.faults ?? []) {
    for (let n = share(count, percent); n > 0; n--, next++) {
      if (next >= count) throw new RangeError("the --fault shares add up to more than the fleet");
      faultOf.set(order[next] as number, kind);
    }
  }
  // No-sayers are taken among the sound PCs first, so that their No is what is seen.
  const confirm = options.confirm ?? "yes";
  const noCount =
    confirm === "yes" ? 0 : confirm === "no" ? count : count - share(count, confirm.yesPercent);
  const byPreference = [...order.slice(next), ...order.slice(0, next)];
  const saysNo = new Set(byPreference.slice(0, noCount));
  const width = Math.max(5, String(count).length);
  return Array.from({ length: count }, (_, index) => {
    const kind = faultOf.get(index);
    return {
      index,
      pcId: `${prefix}-${String(index + 1).padStart(width, "0")}`,
      faults: kind ? [kind] : [],
      expectedCode: kind ? faultCode(kind) : null,
      answersYes: !saysNo.has(index),
    };
  });
}
