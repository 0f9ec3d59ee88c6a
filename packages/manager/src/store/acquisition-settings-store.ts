/**
 * The acquisition's settings in the `settings` table (one JSON value per
 * key): `acquisition.automatic`, `acquisition.network`,
 * `acquisition.security-policy`, and `acquisition.schedule-since` (scheduled
 * slots before it are never caught up).
 */
import type { Queryable } from "../db/database.ts";

export type SettingsSection = "automatic" | "network" | "security-policy";

export interface StoredAcquisitionSettings {
  readonly automatic: unknown;
  readonly network: unknown;
  readonly securityPolicy: unknown;
  /** When no schedule was ever set: the epoch. */
  readonly scheduleSince: Date;
}

const key = (section: SettingsSection | "schedule-since") => `acquisition.${section}`;

export interface AcquisitionSettingsStore {
  read(): Promise<StoredAcquisitionSettings>;
  /** Locks the settings rows (and the place of missing ones) until the transaction ends. */
  lock(): Promise<void>;
  /** Replaces one section; with `rescheduleAt`, also moves schedule-since there. */
  write(section: SettingsSection, value: unknown, rescheduleAt?: Date): Promise<void>;
}

export function createAcquisitionSettingsStore(q: Queryable): AcquisitionSettingsStore {
  const put = (name: string, value: unknown) =>
    q.query(
      `INSERT INTO settings (key, value, updated_at) VALUES ($1, $2::jsonb, now())
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [name, JSON.stringify(value)],
    );
  return {
    async read() {
      const { rows } = await q.query<{ key: string; value: unknown }>(
        "SELECT key, value FROM settings WHERE key LIKE 'acquisition.%'",
      );
      const value = (section: Parameters<typeof key>[0]) =>
        rows.find((row) => row.key === key(section))?.value;
      const since = value("schedule-since");
      return {
        automatic: value("automatic"),
        network: value("network"),
        securityPolicy: value("security-policy"),
        scheduleSince: new Date(typeof since === "string" ? since : 0),
      };
    },
    async lock() {
      // A transaction-scoped lock on the acquisition's settings, so updates never interleave.
      await q.query(
        "SELECT pg_advisory_xact_lock(hashtext('settings:acquisition:' || current_schema()))",
      );
    },
    async write(section, value, rescheduleAt) {
      await put(key(section), value);
      if (rescheduleAt) await put(key("schedule-since"), rescheduleAt.toISOString());
    },
  };
}
