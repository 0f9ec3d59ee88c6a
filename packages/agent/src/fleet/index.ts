/** Simulated fleets: many simulated security PCs in one process. */
export {
  type ConfirmSpec,
  type FaultShare,
  MAX_FLEET,
  type PcPlan,
  parseConfirmSpec,
  parseFaultShare,
  planFleet,
} from "./fleet-plan.ts";
export {
  expectationOf,
  finalReport,
  formatTable,
  progressLine,
  type StateRow,
  tallyStates,
  unmetExpectations,
} from "./fleet-report.ts";
export { type ConnectionPhase, type JobView, PcView } from "./pc-view.ts";
export {
  type Fleet,
  type FleetConfirm,
  type FleetOptions,
  type FleetPc,
  type FleetProgress,
  startFleet,
} from "./start-fleet.ts";
