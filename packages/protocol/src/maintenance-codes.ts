/**
 * The maintenance codes a job on a PC can end with (contract §3).
 *
 * Two families share the 12-character form:
 * - `30009707xx00`: the nine PKI authentication codes of the security PC,
 *   word for word from the seed 001 table (Appendix B.5 (2)).
 * - `30009709xx00`: patchcast's own codes for every other way a job can fail
 *   on a PC (download, integrity, disk, install, time-out, cancel, relay
 *   expiry, state, restart). They never reuse an authentication code.
 *
 * Agent and manager both speak these codes, so the catalogue lives here.
 */

export type MaintenanceCodeFamily = "authentication" | "distribution";

export interface MaintenanceCodeEntry {
  /** 12 characters: upper-case hexadecimal digits. */
  readonly code: string;
  /** Stable symbolic name used in code (`AUTH_DATA_ALTERED`). */
  readonly name: string;
  readonly family: MaintenanceCodeFamily;
  /** The cause shown in the job's detailed information. */
  readonly cause: string;
  /** The action shown in the job's detailed information. */
  readonly action: string;
  /** When the code is raised, for administrators and tests. */
  readonly raisedWhen: string;
  /** Where the code is defined: the seed table row or the contract section. */
  readonly source: string;
}

const CONTACT_ADMIN = "Contact the system administrator.";
const ISSUE_NEW = "Issue a new certification.";
const SEED_TABLE = "seed 001, Appendix B.5 (2); contract §3";
const OWN = "contract §3 (product's own code)";

type Entry<N extends string> = MaintenanceCodeEntry & { readonly name: N };

function entry<N extends string>(
  name: N,
  code: string,
  family: MaintenanceCodeFamily,
  cause: string,
  action: string,
  raisedWhen: string,
  source: string,
): Entry<N> {
  return Object.freeze({ code, name, family, cause, action, raisedWhen, source });
}

const auth = <N extends string>(
  name: N,
  code: string,
  cause: string,
  action: string,
  raisedWhen: string,
) => entry(name, code, "authentication", cause, action, raisedWhen, SEED_TABLE);
const own = <N extends string>(
  name: N,
  code: string,
  cause: string,
  action: string,
  raisedWhen: string,
) => entry(name, code, "distribution", cause, action, raisedWhen, OWN);

/** Every maintenance code, in catalogue order. */
export const MAINTENANCE_CODES = Object.freeze([
  auth(
    "AUTH_DATA_ALTERED",
    "300097078100",
    "Authentication could not be performed. The authentication data has been altered.",
    CONTACT_ADMIN,
    "A job offer, the stored copy of a job, or a challenge response whose signature does not verify.",
  ),
  auth(
    "AUTH_MEMORY_SHORTAGE",
    "300097078200",
    "A memory shortage occurred.",
    "Stop unnecessary applications.",
    "The authenticator cannot get the memory it needs: below its configured budget (also when a device file grew past it after it was measured), or an allocation failed.",
  ),
  auth(
    "AUTH_NO_CERTIFICATE",
    "300097078300",
    "The authentication device does not have a certification.",
    ISSUE_NEW,
    "device.crt is absent or empty.",
  ),
  auth(
    "AUTH_INVALID_CERTIFICATE",
    "300097078400",
    "The authentication device does not have a valid certification.",
    ISSUE_NEW,
    "device.crt is unparseable, not yet valid, not issued by the trusted certification office, badly signed, revoked, does not match device.key, or is not meant for client authentication; device.crt, device.key or crl.pem is not a regular file (a FIFO, a device); or a job offer's signer certificate does not name code signing in its extended key usage.",
  ),
  auth(
    "AUTH_CERTIFICATE_EXPIRED",
    "300097078500",
    "The certification of the authentication device has expired.",
    ISSUE_NEW,
    "device.crt is past its notAfter date.",
  ),
  auth(
    "AUTH_NO_CA_CERTIFICATE",
    "300097078600",
    "There is no certification from the certification office.",
    CONTACT_ADMIN,
    "ca.crt is absent, empty, not a regular file (a FIFO, a device), or holds no certificate.",
  ),
  auth(
    "AUTH_INTERNAL_ERROR",
    "300097078700",
    "An internal error occurred.",
    CONTACT_ADMIN,
    "An unexpected failure inside the authenticator.",
  ),
  auth(
    "AUTH_ENVIRONMENT_UNAUTHORIZED",
    "300097079100",
    "The environment for executing PKI authentication is unauthorized.",
    CONTACT_ADMIN,
    "No authentication device is configured for a security PC, or device.key is readable by group or others, or is not owned by the agent's user.",
  ),
  auth(
    "AUTH_OTHER_ERROR",
    "30009707FF00",
    "Other error occurred.",
    CONTACT_ADMIN,
    "Any other authentication failure.",
  ),
  own(
    "DOWNLOAD_REFUSED",
    "300097090100",
    "The manager refused to send the package.",
    "Check that the PC is still a destination of the job and that the package still exists in its cabinet, then execute the job again.",
    "The package download was answered with 401, 403 or 404.",
  ),
  own(
    "DOWNLOAD_BROKEN_OFF",
    "300097090200",
    "The package download was broken off.",
    "Check the network between the PC and the manager, then execute the job again; the download resumes where it stopped.",
    "The connection failed or the manager answered with a server error, and the retries ran out.",
  ),
  own(
    "DOWNLOAD_SIZE_MISMATCH",
    "300097090300",
    "The downloaded package does not have the size that the job announced.",
    "Check the package in its cabinet, then execute the job again.",
    "The number of bytes received differs from the size in the job offer.",
  ),
  own(
    "DOWNLOAD_HASH_MISMATCH",
    "300097090400",
    "The downloaded package does not have the SHA-256 that the job announced.",
    "Check the package in its cabinet and the network path for altering proxies, then execute the job again.",
    "The SHA-256 of the received bytes differs from the one in the job offer.",
  ),
  own(
    "NO_DISK_SPACE",
    "300097090500",
    "There is not enough free disk space on the PC.",
    "Free disk space on the PC, then execute the job again.",
    "Writing the package or the agent's state failed for lack of space (ENOSPC or a quota).",
  ),
  own(
    "INSTALL_FAILED",
    "300097090600",
    "The installation of the package failed.",
    "See the detail of the job's status for the installer's message, correct the cause, then execute the job again.",
    "The installer reported a failure.",
  ),
  own(
    "TIMED_OUT",
    "300097090700",
    "The job did not finish in the time allowed.",
    "Check that the PC is running and reachable, then execute the job again.",
    "The install exceeded its time limit (2 hours by default; the agent's installTimeoutMs). A download that stalls is broken off instead, and resumed.",
  ),
  own(
    "CANCELLED",
    "300097090800",
    "The job was cancelled.",
    "Execute the job again if it is still needed.",
    "An administrator cancelled the job before it completed on this PC.",
  ),
  own(
    "RELAY_PACKAGE_EXPIRED",
    "300097090900",
    "The package expired at the relay system before the PC received it.",
    "Set a later package expiration at the relay system, then execute the job again.",
    "The job's package expiration at the relay system passed before the download started.",
  ),
  own(
    "ALREADY_INSTALLED",
    "300097090A00",
    "The update is already installed and the job does not allow replacing it.",
    "Select Replace existing package in the installation conditions if the update must be installed again.",
    "The package is in the PC's installed-updates inventory and replace existing package is off.",
  ),
  own(
    "OFFER_NOT_FOR_THIS_PC",
    "300097090B00",
    "The job was addressed to another PC.",
    CONTACT_ADMIN,
    "A correctly signed job offer names a different client ID than this PC's.",
  ),
  own(
    "JOB_TYPE_NOT_SUPPORTED",
    "300097090C00",
    "The job type cannot be executed on this PC.",
    "Use an Install package job for security PCs.",
    "The offer carries a job type that the PC does not execute.",
  ),
  own(
    "STATE_UNUSABLE",
    "300097090D00",
    "The agent could not read or write its state directory.",
    "Check the state directory's permissions and free space, then restart the agent.",
    "A state file could not be written, or was unreadable and could not be recovered.",
  ),
  own(
    "RESTART_FAILED",
    "300097090E00",
    "The PC could not be restarted to install the update.",
    "Restart the PC by hand; the installation continues after the restart.",
    "The configured restart command failed.",
  ),
] as const satisfies readonly MaintenanceCodeEntry[]);

export type MaintenanceCodeName = (typeof MAINTENANCE_CODES)[number]["name"];

/** The codes by symbolic name: `MaintenanceCode.AUTH_DATA_ALTERED === "300097078100"`. */
export const MaintenanceCode: { readonly [K in MaintenanceCodeName]: string } = Object.freeze(
  Object.fromEntries(MAINTENANCE_CODES.map((e) => [e.name, e.code])) as {
    [K in MaintenanceCodeName]: string;
  },
);

const byCode = new Map<string, MaintenanceCodeEntry>(MAINTENANCE_CODES.map((e) => [e.code, e]));

/** The 12-character form every maintenance code has. */
export const MAINTENANCE_CODE_PATTERN = /^[0-9A-F]{12}$/;

/** The catalogue entry for a code, or `undefined` for a code patchcast does not know. */
export function describeMaintenanceCode(code: string): MaintenanceCodeEntry | undefined {
  return byCode.get(code);
}

export function isMaintenanceCode(code: string): boolean {
  return byCode.has(code);
}

/**
 * The order in which authentication checks run (contract §3): the first
 * failure wins. 8200 (memory) and 8700 (internal) are raised wherever they
 * occur; FF00 is the fallback for anything else.
 */
export const AUTHENTICATION_PRECEDENCE = Object.freeze([
  MaintenanceCode.AUTH_ENVIRONMENT_UNAUTHORIZED,
  MaintenanceCode.AUTH_NO_CA_CERTIFICATE,
  MaintenanceCode.AUTH_NO_CERTIFICATE,
  MaintenanceCode.AUTH_CERTIFICATE_EXPIRED,
  MaintenanceCode.AUTH_INVALID_CERTIFICATE,
  MaintenanceCode.AUTH_DATA_ALTERED,
]);
