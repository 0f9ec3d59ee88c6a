/**
 * Applies the security-PC rules to a job before it is saved or executed
 * (seed 001, Appendix B.5 (1); contract §4). Pure: it sees the job request
 * and the destination's members, and returns either the job as it will run
 * with the warnings to show, or every rule the request breaks.
 */
import type { JobTypeName } from "./job-types.ts";
import { JOB_RULES, type JobRuleId } from "./rule-catalogue.ts";

export type ClientRole = "security_pc" | "standard";

export interface DistributionAttributes {
  /** Whether to distribute to destinations suspected of being unreachable. */
  suspectedDestinations: "distribute" | "do-not-distribute";
  method: "unicast" | "broadcast" | "multicast";
  splitPackage: boolean;
}

export interface InstallationConditions {
  replaceExisting: boolean;
  /** Package expiration at the relay system; null for none. */
  relayExpiresAt: Date | null;
  /** When the client installs: at once, or at its next start or shutdown. */
  installTiming: "at-once" | "at-system-start" | "at-system-shutdown";
  /** Show the installation's progress to the PC's user. */
  showProgress: boolean;
}

export interface JobRequest {
  name: string;
  type: JobTypeName;
  destinations: readonly { clientId: string; role: ClientRole }[];
  package: { id: string; updateData: boolean };
  distribution?: Partial<DistributionAttributes>;
  schedule?: { serverExecuteAt?: Date | null; clientExecuteAt?: Date | null };
  conditions?: Partial<InstallationConditions>;
  /** Client control options (suspend, wake-up, shut-down after install…). */
  clientControl?: Readonly<Record<string, unknown>> | null;
}

export interface EffectiveJob {
  name: string;
  type: JobTypeName;
  packageId: string;
  clientIds: string[];
  /** True when the destination holds security PCs (and only them). */
  securityPcs: boolean;
  distribution: DistributionAttributes;
  serverExecuteAt: Date | null;
  clientExecuteAt: Date | null;
  conditions: InstallationConditions;
  clientControl: Readonly<Record<string, unknown>> | null;
}

export interface RuleNotice {
  rule: JobRuleId;
  message: string;
  /** What was asked and what applies instead, when there is something to say. */
  detail?: string;
}

export type JobEvaluation =
  | { ok: true; job: EffectiveJob; warnings: RuleNotice[] }
  | { ok: false; violations: RuleNotice[] };

export const DEFAULT_DISTRIBUTION: Readonly<DistributionAttributes> = Object.freeze({
  suspectedDestinations: "distribute",
  method: "unicast",
  splitPackage: false,
});

/** The distribution attributes every job to security PCs runs with. */
export const SECURITY_PC_DISTRIBUTION: Readonly<DistributionAttributes> = Object.freeze({
  suspectedDestinations: "do-not-distribute",
  method: "unicast",
  splitPackage: false,
});

export const DEFAULT_CONDITIONS: Readonly<InstallationConditions> = Object.freeze({
  replaceExisting: false,
  relayExpiresAt: null,
  installTiming: "at-once",
  showProgress: false,
});

/** Installation conditions an administrator may change for security PCs. */
const CHANGEABLE_FOR_SECURITY_PCS: readonly (keyof InstallationConditions)[] = [
  "replaceExisting",
  "relayExpiresAt",
];

function notice(rule: JobRuleId, detail?: string): RuleNotice {
  const base = { rule, message: JOB_RULES[rule].message };
  return detail === undefined ? base : { ...base, detail };
}

function describe(value: unknown): string {
  return value instanceof Date ? value.toISOString() : JSON.stringify(value);
}

function differences<T extends object>(asked: Partial<T>, applied: T): string[] {
  return (Object.keys(asked) as (keyof T)[])
    .filter((key) => asked[key] !== undefined && asked[key] !== applied[key])
    .map(
      (key) => `${String(key)}: asked ${describe(asked[key])}, applied ${describe(applied[key])}`,
    );
}

function securityViolations(request: JobRequest, conditions: InstallationConditions): RuleNotice[] {
  const violations: RuleNotice[] = [];
  if (request.type !== "install-package") {
    violations.push(notice("SECURITY_PC_INSTALL_ONLY", `job type: ${request.type}`));
  }
  const standard = request.destinations.filter((d) => d.role !== "security_pc");
  if (standard.length > 0) {
    const names = standard.slice(0, 5).map((d) => d.clientId);
    const more = standard.length > 5 ? ` and ${standard.length - 5} more` : "";
    violations.push(
      notice("SECURITY_PC_GROUP_ONLY", `not security PCs: ${names.join(", ")}${more}`),
    );
  }
  if (!request.package.updateData) {
    violations.push(
      notice(
        "SECURITY_PC_UPDATE_DATA_ONLY",
        `package ${request.package.id} is not an update data package`,
      ),
    );
  }
  if (request.clientControl && Object.keys(request.clientControl).length > 0) {
    violations.push(
      notice(
        "SECURITY_PC_NO_CLIENT_CONTROL",
        `asked: ${Object.keys(request.clientControl).join(", ")}`,
      ),
    );
  }
  const locked = (Object.keys(DEFAULT_CONDITIONS) as (keyof InstallationConditions)[]).filter(
    (key) =>
      !CHANGEABLE_FOR_SECURITY_PCS.includes(key) && conditions[key] !== DEFAULT_CONDITIONS[key],
  );
  if (locked.length > 0) {
    violations.push(
      notice("SECURITY_PC_CONDITIONS_LIMITED", `cannot change: ${locked.join(", ")}`),
    );
  }
  return violations;
}

/** Checks a job request against the rules of its destination. */
export function evaluateJob(request: JobRequest): JobEvaluation {
  if (request.destinations.length === 0)
    return { ok: false, violations: [notice("EMPTY_DESTINATION")] };

  const conditions: InstallationConditions = {
    ...DEFAULT_CONDITIONS,
    ...definedOnly(request.conditions),
  };
  const askedDistribution = definedOnly(request.distribution);
  const securityPcs = request.destinations.some((d) => d.role === "security_pc");
  const job: EffectiveJob = {
    name: request.name,
    type: request.type,
    packageId: request.package.id,
    clientIds: request.destinations.map((d) => d.clientId),
    securityPcs,
    distribution: { ...DEFAULT_DISTRIBUTION, ...askedDistribution },
    serverExecuteAt: request.schedule?.serverExecuteAt ?? null,
    clientExecuteAt: request.schedule?.clientExecuteAt ?? null,
    conditions,
    clientControl: request.clientControl ?? null,
  };
  if (!securityPcs) return { ok: true, job, warnings: [] };

  const violations = securityViolations(request, conditions);
  if (violations.length > 0) return { ok: false, violations };

  const warnings: RuleNotice[] = [];
  const replaced = differences(askedDistribution, SECURITY_PC_DISTRIBUTION);
  if (replaced.length > 0)
    warnings.push(notice("SECURITY_PC_DISTRIBUTION_FORCED", replaced.join("; ")));
  if (job.clientExecuteAt) {
    warnings.push(
      notice("SECURITY_PC_CLIENT_DATE_IGNORED", `ignored: ${job.clientExecuteAt.toISOString()}`),
    );
  }
  return {
    ok: true,
    job: {
      ...job,
      distribution: { ...SECURITY_PC_DISTRIBUTION },
      clientExecuteAt: null,
      clientControl: null,
    },
    warnings,
  };
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
