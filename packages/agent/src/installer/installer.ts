/**
 * What installs a downloaded, verified package on the PC. The agent hands
 * over the payload file and the installation conditions; an installer
 * resolves when the update is installed, or rejects with a JobFailure whose
 * maintenance code is reported (INSTALL_FAILED, ALREADY_INSTALLED). A real
 * installer (an MSU or a package manager) implements the same interface.
 */

export interface InstallRequest {
  readonly jobId: string;
  /** The package ID: the update's ID in the installed-updates inventory. */
  readonly packageId: string;
  readonly name: string;
  readonly version: string;
  readonly generation: number;
  /** SHA-256 of the payload, lower-case hex (already checked). */
  readonly sha256: string;
  readonly size: number;
  /** The verified payload; the agent deletes it after `install` settles. */
  readonly payloadPath: string;
  /** Installation condition "Replace existing package". */
  readonly replaceExisting: boolean;
  /**
   * Aborts when the install's time limit passes (the job then ends with
   * TIMED_OUT and the payload is removed) or the agent stops: an installer
   * that can stop what it started should.
   */
  readonly signal?: AbortSignal;
}

/** An installed package as the installer knows it; what it does not record is left out. */
export interface InstalledPackage {
  readonly id: string;
  readonly version?: string;
  /** SHA-256 of the payload installed, lower-case hex. */
  readonly sha256?: string;
  /** The job that installed it. */
  readonly jobId?: string;
}

export interface Installer {
  /** The update IDs installed on the PC (Hello.installed_updates). */
  inventory(): Promise<readonly string[]>;
  /**
   * Optional: the installed packages in detail. It tells whether the install
   * of a job that the agent's stop interrupted took place (by payload and
   * job, not by package ID alone as `inventory()` does).
   */
  updates?(): Promise<readonly InstalledPackage[]>;
  /** Installs; rejects with a JobFailure carrying the maintenance code. */
  install(request: InstallRequest): Promise<{ readonly detail?: string }>;
}
