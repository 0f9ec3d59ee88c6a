/**
 * The rules a job to security PCs must follow (seed 001, Appendix B.5 (1);
 * contract §4). A refusal names its rule; a forced or ignored setting is a
 * warning that names its rule. job-rules.test.ts has one test per rule.
 */
export type RuleOutcome = "refused" | "forced" | "ignored";

export interface JobRule {
  readonly id: string;
  readonly outcome: RuleOutcome;
  /** What the administrator is told. */
  readonly message: string;
  /** Where the rule comes from. */
  readonly source: string;
}

const SEED = "seed 001, Appendix B.5 (1)";

const rule = (id: string, outcome: RuleOutcome, message: string, source = SEED): JobRule =>
  Object.freeze({ id, outcome, message, source });

export const JOB_RULES = Object.freeze({
  EMPTY_DESTINATION: rule(
    "EMPTY_DESTINATION",
    "refused",
    "The destination group has no clients; add clients to the group before executing a job.",
    "contract §4",
  ),
  SECURITY_PC_INSTALL_ONLY: rule(
    "SECURITY_PC_INSTALL_ONLY",
    "refused",
    "Only the Install package job can be executed on security PCs.",
  ),
  SECURITY_PC_GROUP_ONLY: rule(
    "SECURITY_PC_GROUP_ONLY",
    "refused",
    "Update data can be remotely installed only to a destination group that contains only security PCs.",
  ),
  SECURITY_PC_UPDATE_DATA_ONLY: rule(
    "SECURITY_PC_UPDATE_DATA_ONLY",
    "refused",
    "Packages other than update data packages cannot be remotely installed to security PCs.",
  ),
  SECURITY_PC_NO_CLIENT_CONTROL: rule(
    "SECURITY_PC_NO_CLIENT_CONTROL",
    "refused",
    "Client control cannot be used during remote installation to security PCs.",
  ),
  SECURITY_PC_CONDITIONS_LIMITED: rule(
    "SECURITY_PC_CONDITIONS_LIMITED",
    "refused",
    "For security PCs only Replace existing package and Package expiration at the relay system can be changed in the installation conditions.",
  ),
  SECURITY_PC_DISTRIBUTION_FORCED: rule(
    "SECURITY_PC_DISTRIBUTION_FORCED",
    "forced",
    "Jobs to security PCs always run with Do not distribute (to suspected destination), Unicast distribution and Do not split package for distribution.",
  ),
  SECURITY_PC_CLIENT_DATE_IGNORED: rule(
    "SECURITY_PC_CLIENT_DATE_IGNORED",
    "ignored",
    "A job execution date in the client is ignored for security PCs; only the execution date in the server is used.",
  ),
} as const);

export type JobRuleId = keyof typeof JOB_RULES;
