/**
 * The restart-confirm prompt of seed 001: "an update has been distributed:
 * <package>; restart now to install it? Yes/No". Who answers is injected: a
 * person at a terminal, a fixed policy, or a simulation's callback.
 */

export interface RestartQuestion {
  /** The jobs the answer applies to. */
  readonly jobs: readonly { readonly jobId: string; readonly packageName: string }[];
  /** The prompt's text. */
  readonly message: string;
}

/**
 * Resolves true for Yes, false for No. `signal` aborts when the agent stops,
 * or when the question no longer stands (a job in it was cancelled: its
 * reason, a string, says so); the prompt is then taken away and the answer
 * counts for nothing.
 */
export type ConfirmRestart = (question: RestartQuestion, signal: AbortSignal) => Promise<boolean>;

export const CONFIRM_POLICIES = ["ask", "yes", "no"] as const;
export type ConfirmPolicy = (typeof CONFIRM_POLICIES)[number];

export function restartMessage(packageNames: readonly string[]): string {
  return `an update has been distributed: ${packageNames.join(", ")}; restart now to install it? Yes/No`;
}

/** Always the same answer (`--confirm yes|no`). */
export function confirmWith(answer: boolean): ConfirmRestart {
  return async () => answer;
}
