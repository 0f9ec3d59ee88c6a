/**
 * Every error the agent's command line raises, in one catalogue: a stable
 * code (equal to its key), the exit status, and what it means. README.md
 * lists the same codes; a test keeps the two in step.
 */

export const AGENT_ERRORS = Object.freeze({
  AGENT_ERR_USAGE: {
    code: "AGENT_ERR_USAGE",
    exitCode: 2,
    description: "The command line is wrong: an unknown or missing option, or a bad value.",
  },
  AGENT_ERR_UNKNOWN_COMMAND: {
    code: "AGENT_ERR_UNKNOWN_COMMAND",
    exitCode: 2,
    description: "The sub-command does not exist; see patchcast-agent --help.",
  },
  AGENT_ERR_CONFIG: {
    code: "AGENT_ERR_CONFIG",
    exitCode: 2,
    description:
      "The configuration file (--config or PATCHCAST_CONFIG) cannot be read, is not a JSON object, or holds an unknown key or a bad value.",
  },
  AGENT_ERR_STATE_CORRUPT: {
    code: "AGENT_ERR_STATE_CORRUPT",
    exitCode: 4,
    description:
      "A state file the agent cannot run without (agent.json or installed.json in the state directory) is not readable JSON of its format. The agent stops instead of guessing; move the file aside and start the agent again.",
  },
  AGENT_ERR_STATE_IO: {
    code: "AGENT_ERR_STATE_IO",
    exitCode: 1,
    description:
      "The state directory cannot be created, read or written (permissions, a full disk, a file where a directory belongs).",
  },
  AGENT_ERR_JOB_FAILED: {
    code: "AGENT_ERR_JOB_FAILED",
    exitCode: 1,
    description:
      "A step of a job failed on this PC; the error carries the maintenance code reported to the manager (download, integrity, install, relay expiry, state).",
  },
  AGENT_ERR_RESTART_FAILED: {
    code: "AGENT_ERR_RESTART_FAILED",
    exitCode: 1,
    description:
      "The restart after a Yes could not be carried out: the --restart-command failed or could not be started. The job ends in error (reported as 300097090E00, its record finished): nothing of it is installed later; execute the job again once the restart works.",
  },
} as const);

export type AgentErrorCode = keyof typeof AGENT_ERRORS;

/** An error of the agent: `code` is stable, `exitCode` is what the CLI exits with. */
export class AgentError extends Error {
  override name = "AgentError";
  readonly code: AgentErrorCode;
  readonly exitCode: number;

  constructor(code: AgentErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.exitCode = AGENT_ERRORS[code].exitCode;
  }
}

/** A job step that failed: `maintenanceCode` is what the PC reports to the manager. */
export class JobFailure extends AgentError {
  override name = "JobFailure";
  readonly maintenanceCode: string;

  constructor(maintenanceCode: string, message: string, options?: ErrorOptions) {
    super("AGENT_ERR_JOB_FAILED", message, options);
    this.maintenanceCode = maintenanceCode;
  }
}
