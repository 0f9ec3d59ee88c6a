/** The text of `patchcast-pki --help`. */
import { FAULT_KINDS } from "../fault-kinds.ts";

export const HELP = `patchcast-pki: simulated certification office and authentication devices

Usage: patchcast-pki <command> [options]

Commands:
  init     --office DIR [--name NAME] [--intermediate] [--key-type ec|rsa] [--days N]
           Create a certification office (root CA, optionally an issuing intermediate).
  issue    --office DIR --out DIR [--pc-id ID] [--count N] [--fault KIND]... [--days N]
           [--key-type ec|rsa]
           Issue an authentication device into --out (device.crt, device.key 0600, ca.crt,
           crl.pem). With --count N, issue N devices into --out/<pc-id>-00001 ... .
           --fault builds a fault in on purpose (repeatable; see "faults"); two faults of
           which one would undo or hide the other are refused (PKI_ERR_FAULT_CONFLICT).
  manager  --office DIR --out DIR [--name NAME] [--host HOST]...
           Issue the manager's signing certificate: manager.crt, manager.key, ca.crt.
  revoke   --office DIR (--device DIR | --serial HEX)
           Revoke a certificate; rewrites the office's crl.pem and the device's crl.pem.
  crl      --office DIR [--out FILE]
           Write (or print) the office's current revocation list.
  faults   [--json]
           List the fault kinds and the maintenance code each produces.

Options:
  -h, --help   Show this help (also after a command).

The office: --office, else PATCHCAST_PKI_OFFICE, else "office" in the JSON
config file of --config FILE or PATCHCAST_PKI_CONFIG ({"office": "DIR"}).
Exit status: 0 success, 1 failure, 2 bad arguments.
`;

export function faultTable(): string {
  const width = Math.max(...FAULT_KINDS.map((f) => f.kind.length));
  return FAULT_KINDS.map((f) => `${f.kind.padEnd(width)}  ${f.code}  ${f.description}`).join("\n");
}
