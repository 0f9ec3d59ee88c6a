/**
 * The handle a transaction callback gets. It works only while its
 * transaction is open; afterwards every call is a `DatabaseMisuseError`
 * (a query there would silently run outside the transaction, or never).
 */
import { DatabaseMisuseError } from "../errors.ts";
import type { Queryable, SqlParam } from "./database.ts";

export interface TransactionHandle {
  readonly tx: Queryable;
  /** Ends the handle's life: called when COMMIT or ROLLBACK has been sent. */
  end(): void;
}

export function createTransactionHandle(inner: Queryable): TransactionHandle {
  let open = true;
  const check = () => {
    if (!open) throw new DatabaseMisuseError("a transaction's handle was used after it ended");
  };
  return {
    tx: {
      async query<R>(sql: string, params?: readonly SqlParam[]) {
        check();
        return inner.query<R>(sql, params);
      },
      async exec(sql: string) {
        check();
        return inner.exec(sql);
      },
    },
    end() {
      open = false;
    },
  };
}
