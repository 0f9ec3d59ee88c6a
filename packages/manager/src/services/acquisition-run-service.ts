/** The acquisition runs, what each did with each update file, and the DPT.LOG lines (contract §6). */
import { NotFoundError } from "../errors.ts";
import {
  createAcquisitionRunStore,
  type RunItemRecord,
  type RunRecord,
} from "../store/acquisition-run-store.ts";
import { createDptLogStore, type DptLogQuery, type DptLogRecord } from "../store/dpt-log-store.ts";
import type { ServiceDeps } from "./service-deps.ts";

export interface RunDetails {
  readonly run: RunRecord;
  readonly items: readonly RunItemRecord[];
  readonly lines: readonly DptLogRecord[];
}

export interface AcquisitionRunService {
  listRuns(limit?: number): Promise<RunRecord[]>;
  getRun(id: number): Promise<RunDetails>;
  dptLines(query: DptLogQuery): Promise<DptLogRecord[]>;
}

export function createAcquisitionRunService(deps: ServiceDeps): AcquisitionRunService {
  const runs = createAcquisitionRunStore(deps.db);
  const lines = createDptLogStore(deps.db);
  return {
    listRuns: (limit = 100) => runs.list(limit),
    async getRun(id) {
      const run = await runs.byId(id);
      if (!run) throw new NotFoundError("acquisition run", id);
      return {
        run,
        items: await runs.items(id),
        lines: await lines.list({ runId: id, limit: 10_000 }),
      };
    },
    dptLines: (query) => lines.list(query),
  };
}
