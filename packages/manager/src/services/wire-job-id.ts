/**
 * The job ID a PC sees (JobOffer.job_id, StatusReport.job_id) is the ID of
 * the job execution, in decimal: each Execute of a job definition is a job
 * of its own on the PC, with its own status, so running a saved job again
 * never collides with an earlier run.
 */
export function wireJobId(executionId: number): string {
  return String(executionId);
}

/** The execution ID a wire job ID names, or undefined when it names none. */
export function parseWireJobId(jobId: string): number | undefined {
  if (!/^[1-9][0-9]{0,15}$/.test(jobId)) return undefined;
  const id = Number(jobId);
  return Number.isSafeInteger(id) ? id : undefined;
}
