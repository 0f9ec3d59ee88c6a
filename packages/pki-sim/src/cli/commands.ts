/** The sub-commands of patchcast-pki. Each returns the lines it prints. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DeviceFile, PemLabel, parseCertificate, readPemLabelled } from "@patchcast/protocol/auth";
import { issueDevice } from "../device.ts";
import { issueDevices } from "../device-pool.ts";
import { PkiSimError } from "../errors.ts";
import { checkFaultCombination } from "../fault-combinations.ts";
import { FAULT_KINDS, type FaultKind, isFaultKind } from "../fault-kinds.ts";
import { issueFaultyDevice } from "../faulty-device.ts";
import { parseKeyType } from "../keys.ts";
import { issueManagerCredential, writeManagerCredential } from "../manager-credential.ts";
import { createCertificationOffice } from "../office.ts";
import { loadOffice, OFFICE_FILES, officeExists, saveOffice } from "../office-store.ts";
import { integer, officeDir, parse, required, strings } from "./args.ts";
import { faultTable } from "./help.ts";

type Lines = string[];

function caKeyType(value: unknown): "ec" | "rsa" | undefined {
  if (value === undefined) return undefined;
  const type = parseKeyType(String(value));
  if (type === "ed25519")
    throw new PkiSimError("PKI_ERR_USAGE", `--key-type must be ec or rsa: got "ed25519"`);
  return type;
}

export function init(args: readonly string[]): Lines {
  const v = parse(args, {
    office: { type: "string" },
    name: { type: "string" },
    intermediate: { type: "boolean" },
    "key-type": { type: "string" },
    days: { type: "string" },
  });
  const dir = officeDir(v);
  if (officeExists(dir))
    throw new PkiSimError(
      "PKI_ERR_OFFICE_EXISTS",
      `a certification office already exists in ${dir}`,
    );
  const days = integer(v.days, "--days", 1, 36_500);
  const keyType = caKeyType(v["key-type"]);
  const office = createCertificationOffice({
    ...(typeof v.name === "string" ? { name: v.name } : {}),
    intermediate: v.intermediate === true,
    ...(keyType ? { keyType } : {}),
    ...(days ? { validityDays: days } : {}),
  });
  saveOffice(dir, office);
  return [
    `created certification office "${office.name}" in ${dir} (trust anchor: ${join(dir, OFFICE_FILES.CA)})`,
  ];
}

export async function issue(args: readonly string[]): Promise<Lines> {
  const v = parse(args, {
    office: { type: "string" },
    out: { type: "string" },
    "pc-id": { type: "string" },
    count: { type: "string" },
    fault: { type: "string", multiple: true },
    days: { type: "string" },
    "key-type": { type: "string" },
  });
  const office = loadOffice(officeDir(v));
  const out = required(v.out, "--out");
  const count = integer(v.count, "--count", 1, 1_000_000);
  const days = integer(v.days, "--days", 1, 36_500);
  const keyType = caKeyType(v["key-type"]);
  const given = strings(v.fault).map((kind): FaultKind => {
    if (!isFaultKind(kind)) {
      throw new PkiSimError(
        "PKI_ERR_UNKNOWN_FAULT",
        `unknown fault "${kind}": one of ${FAULT_KINDS.map((f) => f.kind).join(", ")}`,
      );
    }
    return kind;
  });
  // Refused before any device is issued; a fault given twice counts once.
  const faults = checkFaultCombination(given);
  const prefix = typeof v["pc-id"] === "string" ? v["pc-id"] : "pc";
  const targets =
    count === undefined
      ? [{ dir: out, pcId: prefix }]
      : Array.from({ length: count }, (_, i) => {
          const pcId = `${prefix}-${String(i + 1).padStart(5, "0")}`;
          return { dir: join(out, pcId), pcId };
        });
  const common = { ...(days ? { validityDays: days } : {}), ...(keyType ? { keyType } : {}) };
  const lines: Lines = [];
  if (faults.length === 0 && (keyType ?? "ec") === "ec") {
    // sound EC devices in bulk: worker threads as well as this one
    for (const device of await issueDevices(office, targets, days ? { validityDays: days } : {})) {
      lines.push(`issued ${device.pcId} (serial ${device.serialNumber}) in ${device.dir}`);
    }
  } else {
    for (const target of targets) {
      if (faults.length === 0) {
        const device = issueDevice(office, { ...target, ...common });
        lines.push(`issued ${device.pcId} (serial ${device.serialNumber}) in ${device.dir}`);
      } else {
        const device = await issueFaultyDevice(office, { ...target, ...common, faults });
        lines.push(
          `issued ${device.pcId} with ${faults.join(", ")} in ${device.dir}: expect ${device.expectedCode}`,
        );
      }
    }
  }
  if (faults.includes("revoked")) saveOffice(officeDir(v), office);
  return count !== undefined && count > 20 ? [`issued ${count} devices in ${out}`] : lines;
}

export function manager(args: readonly string[]): Lines {
  const v = parse(args, {
    office: { type: "string" },
    out: { type: "string" },
    name: { type: "string" },
    host: { type: "string", multiple: true },
    days: { type: "string" },
  });
  const office = loadOffice(officeDir(v));
  const out = required(v.out, "--out");
  const hosts = strings(v.host);
  const days = integer(v.days, "--days", 1, 36_500);
  const credential = issueManagerCredential(office, {
    ...(typeof v.name === "string" ? { commonName: v.name } : {}),
    ...(hosts.length > 0 ? { hosts } : {}),
    ...(days ? { validityDays: days } : {}),
  });
  writeManagerCredential(out, credential);
  return [`issued the manager's signing certificate (serial ${credential.serialNumber}) in ${out}`];
}

export function revoke(args: readonly string[]): Lines {
  const v = parse(args, {
    office: { type: "string" },
    device: { type: "string" },
    serial: { type: "string" },
  });
  const dir = officeDir(v);
  const office = loadOffice(dir);
  if ((v.device === undefined) === (v.serial === undefined)) {
    throw new PkiSimError("PKI_ERR_USAGE", "give exactly one of --device DIR or --serial HEX");
  }
  let serial: string;
  if (typeof v.serial === "string") {
    if (!/^[0-9a-fA-F]{1,40}$/.test(v.serial)) {
      throw new PkiSimError(
        "PKI_ERR_USAGE",
        `--serial must be 1-40 hexadecimal digits: got "${v.serial}"`,
      );
    }
    serial = v.serial;
  } else {
    serial = deviceSerial(String(v.device));
  }
  office.revoke(serial);
  saveOffice(dir, office);
  const lines = [
    `revoked serial ${serial.toLowerCase()}; ${join(dir, OFFICE_FILES.CRL)} rewritten`,
  ];
  if (typeof v.device === "string") {
    writeFileSync(join(v.device, DeviceFile.CRL), readFileSync(join(dir, OFFICE_FILES.CRL)));
    lines.push(`wrote ${join(v.device, DeviceFile.CRL)}`);
  }
  return lines;
}

function deviceSerial(deviceDir: string): string {
  try {
    const [der] = readPemLabelled(readFileSync(join(deviceDir, DeviceFile.CERTIFICATE), "latin1"), [
      PemLabel.CERTIFICATE,
    ]);
    if (!der) throw new Error("no PEM certificate");
    return parseCertificate(der).serialNumber;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PkiSimError(
      "PKI_ERR_DEVICE_UNREADABLE",
      `cannot read ${join(deviceDir, DeviceFile.CERTIFICATE)}: ${reason}`,
    );
  }
}

export function crl(args: readonly string[]): Lines {
  const v = parse(args, { office: { type: "string" }, out: { type: "string" } });
  const office = loadOffice(officeDir(v));
  const pem = office.crlPem();
  if (typeof v.out !== "string") return [pem.trimEnd()];
  writeFileSync(v.out, pem);
  return [`wrote ${v.out}`];
}

export function faults(args: readonly string[]): Lines {
  const v = parse(args, { json: { type: "boolean" } });
  return [v.json ? JSON.stringify(FAULT_KINDS) : faultTable()];
}
