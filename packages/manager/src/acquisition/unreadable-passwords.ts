/**
 * A run does not go on with a stored password it needs and cannot read
 * (sealed under another secrets.key, or altered: AcquisitionSettingsSnapshot):
 * it would log in without it. The proxy's and the support site's are
 * DPT008-E for their server, the packager's DPT013-E, each checked where
 * it is needed; a password the run would not send (no user for it, no
 * proxy) does not stop it.
 */
import { AcquisitionError } from "../errors.ts";
import type { NetworkSecret, NetworkSettings } from "./settings.ts";

const CANNOT_READ =
  "the stored password cannot be read with this manager's secrets.key (sealed under another key, or altered): set it again in the network settings";

/** Before the support site is asked: its password and the proxy's. */
export function checkSitePasswords(
  network: NetworkSettings,
  unreadable: readonly NetworkSecret[],
): void {
  const { proxyUrl, proxyUser, supportSiteUrl, supportSiteUser } = network;
  if (proxyUrl !== null && proxyUser !== null && unreadable.includes("proxyPassword")) {
    throw new AcquisitionError("PC_MGR_ACQ_LOGIN", `proxyPassword: ${CANNOT_READ}`, {
      serverName: new URL(proxyUrl).host,
    });
  }
  if (supportSiteUser !== null && unreadable.includes("supportSitePassword")) {
    throw new AcquisitionError("PC_MGR_ACQ_LOGIN", `supportSitePassword: ${CANNOT_READ}`, {
      serverName: supportSiteUrl === null ? "support service site" : new URL(supportSiteUrl).host,
    });
  }
}

/** Before the packager logs in. */
export function checkPackagerPassword(unreadable: readonly NetworkSecret[]): void {
  if (unreadable.includes("packagerPassword")) {
    throw new AcquisitionError("PC_MGR_ACQ_PACKAGER_LOGIN", `packagerPassword: ${CANNOT_READ}`);
  }
}
