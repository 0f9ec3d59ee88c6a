/**
 * The messages the manager writes to DPT.LOG during automatic acquisition of
 * updates (seed 000, table 8-2; contract §5).
 *
 * Message texts are the seed's, word for word, with the product name
 * "JP1/ITDM2 - Manager" replaced by "patchcast manager" and each
 * placeholder written `{name}`. Message IDs are patchcast's: `DPT`, three
 * digits, and a severity letter (E error, W warning). Causes and corrective
 * actions follow the seed, adapted to where patchcast keeps each setting.
 *
 * Where the seed's cause for "Invalid password specified ..." repeats the
 * row above it (a package ID clash), patchcast gives the cause and action
 * that belong to a refused password.
 */

export type DptSeverity = "E" | "W";

export interface DptMessage {
  /** `DPT001-E`: stable; written in every DPT.LOG line. */
  readonly id: string;
  readonly severity: DptSeverity;
  /** The message text, with `{placeholder}`s. */
  readonly text: string;
  readonly cause: string;
  readonly action: string;
}

const define = (id: string, text: string, cause: string, action: string): DptMessage =>
  Object.freeze({ id, severity: id.endsWith("-W") ? "W" : "E", text, cause, action });

export const DPT_MESSAGES = Object.freeze([
  define(
    "DPT001-W",
    "Another instance of the application is already running.",
    "An acquisition run is already in progress, on this manager or on another manager that shares its database.",
    "Wait until the run in progress ends (its lines are in DPT.LOG and in the acquisition runs of the admin API), then start the run again.",
  ),
  define(
    "DPT002-E",
    "Database connection failed. Reason: {reason}",
    "An attempt to connect to the database failed.",
    "Confirm that the PostgreSQL server named by PATCHCAST_DATABASE_URL is up and running (or, for the embedded database, that no other process holds the data directory). Check the user ID and password in the database URL.",
  ),
  define(
    "DPT003-E",
    "Error occurred while accessing database. Reason: {reason}",
    "An error occurred during access to the database.",
    "Check the network between the manager and the database server. Confirm that the database server is up and running.",
  ),
  define(
    "DPT004-E",
    "Unable to get a DSN to connect or DSN invalid. Reason: {reason}",
    "The database URL (the data source) could not be read, or it is invalid.",
    "Correct PATCHCAST_DATABASE_URL or --database-url, then start the manager again.",
  ),
  define(
    "DPT005-E",
    "Unable to configure the proxy settings.",
    "An attempt to connect to the proxy server failed.",
    "Check the proxy server setting in the network settings (patchcast-manager settings network, or PUT /api/v1/settings/network).",
  ),
  define(
    "DPT006-E",
    "Error in network settings information. Unable to connect to the internet.",
    "An attempt to connect to the network (the support service site) failed.",
    "Check the support service site URL and the network connection in the network settings.",
  ),
  define(
    "DPT007-E",
    "Unable to store the downloaded information in the file system.",
    "An attempt to download the file failed: it could not be written to the data directory, it did not match the patch information file (size or SHA-256), or the patch information file itself is not usable.",
    "Confirm that there is enough free space on the disk. Confirm that the manager's user has permission to write to the data directory. For a file that does not match or a patch information file that is not usable, the run's detail (patchcast-manager acquisition show ID) names the file and what was wrong: check the support service site.",
  ),
  define(
    "DPT008-E",
    "'{serverName}' login failure.",
    "An attempt to log in to the server failed.",
    "Check the authentication information for that server (support service site or proxy) in the network settings. If the run's detail (patchcast-manager acquisition show ID) says the stored password cannot be read (the network settings list it in unreadablePasswords), set it again, or put back the secrets.key it was sealed with.",
  ),
  define(
    "DPT009-E",
    "Unable to establish connection with the patchcast manager.",
    "The packager failed to connect to the manager.",
    "Check the connection destination set for the packager. Confirm that the network connection is working.",
  ),
  define(
    "DPT010-E",
    "Unable to communicate with the patchcast manager.",
    "An error occurred while the packager was trying to establish a connection with the manager.",
    "Confirm that the network connection is working.",
  ),
  define(
    "DPT011-E",
    "Unable to transfer the file to the patchcast manager.",
    "The network connection might have gone down during packaging.",
    "Confirm that the network connection is working.",
  ),
  define(
    "DPT012-W",
    "Package '{packageName}' already exists.",
    "It is possible that the cabinet to which you want to store the package contains a package having a package ID that is identical to that of the package you are trying to store.",
    "Confirm if the cabinet to which to store the package contains a package having a package ID that is identical to that of the package you are trying to store. If the cabinet contains a package having an identical package ID, either delete that package or select a different cabinet to store the new package.",
  ),
  define(
    "DPT013-E",
    "Invalid password specified for patchcast manager login.",
    "The manager refused the administrator ID or password that the packager logs in with.",
    "Set the correct administrator password for automatic acquisition (PATCHCAST_ADMIN_PASSWORD or the acquisition settings), then run the acquisition again. If the run's detail (patchcast-manager acquisition show ID) says the stored password cannot be read, set it again, or put back the secrets.key it was sealed with.",
  ),
  define(
    "DPT014-E",
    "Unable to execute the command '{command}'.",
    "An attempt to start the packager failed.",
    "Confirm that the packager is installed with the manager (reinstall @patchcast/manager if it is not).",
  ),
  define(
    "DPT015-E",
    "The packaging processing will now stop because an error occurred.",
    "Packaging ended in failure.",
    "Check the free space available on the hard disk. The lines before this one in DPT.LOG name the error that stopped packaging.",
  ),
] as const satisfies readonly DptMessage[]);

export type DptMessageId = (typeof DPT_MESSAGES)[number]["id"];

const byId = new Map<string, DptMessage>(DPT_MESSAGES.map((m) => [m.id, m]));

/** The catalogue entry for a message ID, or `undefined`. */
export function describeDptMessage(id: string): DptMessage | undefined {
  return byId.get(id);
}

/** The placeholders a message text takes, in order (`["reason"]`). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
}

/**
 * The text of a message with its placeholders filled in. A missing value is
 * a programming error and throws `TypeError`; line breaks in values are
 * flattened so one event stays one DPT.LOG line.
 */
export function formatDptMessage(
  id: DptMessageId,
  values: Readonly<Record<string, string>> = {},
): string {
  const message = byId.get(id);
  if (!message) throw new TypeError(`unknown DPT.LOG message ID: ${id}`);
  return message.text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new TypeError(`${id} needs a value for {${name}}`);
    return value.replace(/[\r\n]+/g, " ");
  });
}
