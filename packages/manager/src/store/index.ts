/** Repositories: thin SQL over the manager's tables (src/db/migrations). */
export * from "./cabinet-store.ts";
export * from "./client-store.ts";
export * from "./execution-states.ts";
export * from "./execution-store.ts";
export * from "./group-store.ts";
export * from "./job-settings.ts";
export * from "./job-store.ts";
export * from "./offer-store.ts";
export * from "./package-store.ts";
export * from "./sql-errors.ts";
export * from "./status-store.ts";
