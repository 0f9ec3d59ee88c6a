/**
 * What the manager does when the embedded database could not flush a file
 * to disk: it stops, as PostgreSQL's PANIC does. Apart from PGlite
 * (pglite-durability.ts), so that the manager's thread, which only hears of
 * the failure from the database's thread, never loads PGlite itself.
 */
export function stopOnFailedFlush(reason: string): never {
  process.stderr.write(
    `the embedded database could not flush a file to disk (${reason}): stopping, as PostgreSQL does; the next start replays its WAL\n`,
  );
  process.exit(1);
}
