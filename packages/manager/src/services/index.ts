/**
 * The manager's data services: the domain operations the admin API and the
 * agent endpoint call, over the repositories in ../store.
 */
import type { SecretSealer } from "../acquisition/sealed-secrets.ts";
import type { PayloadStore } from "../payloads/payload-store.ts";
import {
  type AcquisitionRunService,
  createAcquisitionRunService,
} from "./acquisition-run-service.ts";
import {
  type AcquisitionSettingsService,
  createAcquisitionSettingsService,
} from "./acquisition-settings-service.ts";
import { type CabinetService, createCabinetService } from "./cabinet-service.ts";
import { type ClientService, createClientService } from "./client-service.ts";
import {
  createExecutionCancelService,
  type ExecutionCancelService,
} from "./execution-cancel-service.ts";
import {
  createExecutionStatusService,
  type ExecutionStatusService,
} from "./execution-status-service.ts";
import { createGroupService, type GroupService } from "./group-service.ts";
import { createJobService, type JobService } from "./job-service.ts";
import { createOfferService, type OfferService } from "./offer-service.ts";
import { createPackageService, type PackageService } from "./package-service.ts";
import type { ServiceDeps } from "./service-deps.ts";
import { createStatusReportService, type StatusReportService } from "./status-report-service.ts";

export * from "./acquisition-run-service.ts";
export * from "./acquisition-settings-service.ts";
export * from "./cabinet-service.ts";
export * from "./client-service.ts";
export * from "./execution-cancel-service.ts";
export * from "./execution-status-service.ts";
export * from "./group-service.ts";
export * from "./job-input.ts";
export * from "./job-service.ts";
export * from "./offer-service.ts";
export * from "./package-naming.ts";
export * from "./package-service.ts";
export * from "./service-deps.ts";
export * from "./status-report-service.ts";
export * from "./wire-job-id.ts";

export interface ManagerServices {
  readonly clients: ClientService;
  readonly groups: GroupService;
  readonly cabinets: CabinetService;
  readonly packages: PackageService;
  readonly jobs: JobService;
  readonly offers: OfferService;
  readonly statusReports: StatusReportService;
  readonly executionStatus: ExecutionStatusService;
  readonly cancellations: ExecutionCancelService;
  readonly acquisitionSettings: AcquisitionSettingsService;
  readonly acquisitionRuns: AcquisitionRunService;
}

export interface ManagerServicesDeps extends ServiceDeps {
  readonly payloads: PayloadStore;
  /** Seals the network settings' passwords for the database (server/secrets-key.ts). */
  readonly secrets: SecretSealer;
  readonly maxPackagesPerCabinet?: number;
}

/** Every data service over one database and payload store. */
export function createManagerServices(deps: ManagerServicesDeps): ManagerServices {
  return {
    clients: createClientService(deps),
    groups: createGroupService(deps),
    cabinets: createCabinetService(deps),
    packages: createPackageService(deps),
    jobs: createJobService(deps),
    offers: createOfferService(deps),
    statusReports: createStatusReportService(deps),
    executionStatus: createExecutionStatusService(deps),
    cancellations: createExecutionCancelService(deps),
    acquisitionSettings: createAcquisitionSettingsService(deps),
    acquisitionRuns: createAcquisitionRunService(deps),
  };
}
