/**
 * check-auth (contract §3): the security PC's PKI authentication, run
 * offline on a device directory, reported as OK or as one maintenance code
 * with its cause and action.
 */
import {
  type AuthenticateOptions,
  authenticateDevice,
  describeMaintenanceCode,
} from "@patchcast/protocol/auth";

export type CheckAuthReport =
  | {
      readonly ok: true;
      readonly device: string;
      readonly pcId: string;
      readonly serialNumber: string;
      readonly notAfter: string;
    }
  | {
      readonly ok: false;
      readonly device: string;
      readonly code: string;
      readonly name: string;
      readonly cause: string;
      readonly action: string;
      readonly detail: string;
    };

export async function checkAuth(
  device: string,
  options: AuthenticateOptions = {},
): Promise<CheckAuthReport> {
  const result = await authenticateDevice(device, options);
  if (result.ok) {
    return {
      ok: true,
      device,
      pcId: result.device.pcId,
      serialNumber: result.device.serialNumber,
      notAfter: result.device.notAfter.toISOString(),
    };
  }
  const entry = describeMaintenanceCode(result.code);
  return {
    ok: false,
    device,
    code: result.code,
    name: result.name,
    cause: entry?.cause ?? "",
    action: entry?.action ?? "",
    detail: result.detail,
  };
}

/** The lines for stdout: `OK`, or the code, its cause and its action. */
export function formatCheckAuth(report: CheckAuthReport): string[] {
  return report.ok ? ["OK"] : [report.code, report.cause, report.action];
}
