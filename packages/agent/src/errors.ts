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
