/** Recognizes the constraint failures the repositories turn into the manager's own errors. */
import { DatabaseQueryError } from "../errors.ts";

/** A UNIQUE or PRIMARY KEY constraint refused the row (SQLSTATE 23505); optionally that one. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return (
    error instanceof DatabaseQueryError &&
    error.sqlState === "23505" &&
    (constraint === undefined || error.constraint === constraint)
  );
}

/** A FOREIGN KEY constraint refused the change (SQLSTATE 23503); optionally that one. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  return (
    error instanceof DatabaseQueryError &&
    error.sqlState === "23503" &&
    (constraint === undefined || error.constraint === constraint)
  );
}
