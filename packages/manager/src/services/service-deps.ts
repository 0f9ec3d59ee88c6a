/** What every service is made with. */
import type { Database } from "../db/database.ts";

export interface ServiceDeps {
  readonly db: Database;
  /** The manager's clock (default: the system's); tests pass a fixed one. */
  readonly clock?: () => Date;
}

export const systemClock = (): Date => new Date();
