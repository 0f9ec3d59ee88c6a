/**
 * A run does not go on with a stored password it cannot read (sealed under
 * another secrets.key, or altered: AcquisitionSettingsSnapshot): it would
 * log in without it. The proxy's and the support site's are DPT008-E for
 * their server, the packager's DPT013-E, each checked where it is needed.
 */
import { AcquisitionError } from "../errors.ts";
import type { NetworkSecret, NetworkSettings } from "./settings.ts";

const CANNOT_READ =
  "the stored password cannot be read with this manager's secrets.key (sealed under another key, or altered): set it again in the network settings";

const hostOf = (url: string | null, otherwise: string) => (url ? new URL(url).host : otherwise);

/** Before the support site is asked: its password and the proxy's. */
export function checkSitePasswords(
  network: NetworkSettings,
  unreadable: readonly NetworkSecret[],
): void {
  if (unreadable.includes("proxyPassword")) {
    throw new AcquisitionError("PC_MGR_ACQ_LOGIN", `proxyPassword: ${CANNOT_READ}`, {
      serverName: hostOf(network.proxyUrl, "proxy"),
    });
  }
  if (unreadable.includes("supportSitePassword")) {
    throw new AcquisitionError("PC_MGR_ACQ_LOGIN", `supportSitePassword: ${CANNOT_READ}`, {
      serverName: hostOf(network.supportSiteUrl, "support service site"),
    });
  }
}

/** Before the packager logs in. */
export function checkPackagerPassword(unreadable: readonly NetworkSecret[]): void {
  if (unreadable.includes("packagerPassword")) {
    throw new AcquisitionError("PC_MGR_ACQ_PACKAGER_LOGIN", `packagerPassword: ${CANNOT_READ}`);
  }
}
