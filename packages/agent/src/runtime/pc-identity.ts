/**
 * Who this PC says it is in its Hello: the common name of device.crt, read
 * even when the certificate does not authenticate (so the manager can
 * record the failure against the right PC), else the host name.
 */
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { PemLabel, parseCertificate, readPemLabelled } from "@patchcast/protocol/auth";

export async function pcIdOfDevice(deviceDir: string): Promise<string> {
  try {
    const pem = await readFile(join(deviceDir, "device.crt"), "latin1");
    const [leaf] = readPemLabelled(pem, [PemLabel.CERTIFICATE]);
    const name = leaf ? parseCertificate(leaf).commonName : "";
    if (name) return name;
  } catch {
    // An unreadable certificate is reported by authentication; the host name stands in.
  }
  return hostname();
}
