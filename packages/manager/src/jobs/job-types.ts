/**
 * Job types an administrator can define (seed 001, Define New Job dialog
 * box). Only *Install package* may go to security PCs; the others exist for
 * standard PCs and are refused for a destination that holds a security PC.
 */
export const JOB_TYPES = Object.freeze({
  "install-package": "Install package",
  "transfer-to-relay": "Transfer package to relay system",
  "collect-files": "Collect files from client",
  "get-system-information": "Get system information",
} as const);

export type JobTypeName = keyof typeof JOB_TYPES;

export function isJobType(value: string): value is JobTypeName {
  return Object.hasOwn(JOB_TYPES, value);
}
