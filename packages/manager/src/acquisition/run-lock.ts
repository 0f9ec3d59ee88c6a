/**
 * One acquisition run at a time (contract §5): in this process per
 * database handle, and across processes and managers sharing a PostgreSQL
 * server by a transaction-scoped advisory lock held for the whole run (its
 * key includes the schema, so managers in other schemas never meet). The
 * embedded database belongs to one process (its directory is locked), so
 * the in-process guard is all it needs; it has one connection, which a run
 * must not hold in a transaction.
 */
import type { Database } from "../db/database.ts";

export interface RunLock {
  release(): Promise<void>;
}

/** "Patchcast manager" in ASCII, the first key of every patchcast advisory lock. */
const LOCK_CLASS = 0x50434d47;

const heldHere = new WeakSet<Database>();

async function advisoryLock(db: Database): Promise<RunLock | undefined> {
  let release = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  let ended: Promise<void> = Promise.resolve();
  const locked = await new Promise<boolean>((resolve, reject) => {
    ended = db
      .transaction(async (tx) => {
        const { rows } = await tx.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_xact_lock($1::int4, hashtext('acquisition_run:' || current_schema())) AS locked",
          [LOCK_CLASS],
        );
        const ok = rows[0]?.locked === true;
        resolve(ok);
        if (ok) await released;
      })
      .then(
        () => undefined,
        (error: unknown) => reject(error),
      );
  });
  if (!locked) return undefined;
  return {
    async release() {
      release();
      await ended.catch(() => undefined);
    },
  };
}

/** The run lock, or undefined when another run holds it. */
export async function tryRunLock(db: Database): Promise<RunLock | undefined> {
  if (heldHere.has(db)) return undefined;
  heldHere.add(db);
  try {
    const shared = db.kind === "server" ? await advisoryLock(db) : { release: async () => {} };
    if (!shared) {
      heldHere.delete(db);
      return undefined;
    }
    return {
      async release() {
        await shared.release();
        heldHere.delete(db);
      },
    };
  } catch (error) {
    heldHere.delete(db);
    throw error;
  }
}
