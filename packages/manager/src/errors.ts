/**
 * Every error the manager raises on purpose, in one catalogue (the habit of
 * fastify's lib/errors.js): a stable code equal to its key, the HTTP status
 * the admin API answers with, the DPT.LOG message it is written as (when it
 * has one), and what it means. README.md lists the same codes in its
 * "Errors" section; errors.test.ts keeps the two in step.
 */
export * from "./errors/acquisition-errors.ts";
export * from "./errors/api-errors.ts";
export * from "./errors/catalogue.ts";
export * from "./errors/database-errors.ts";
export * from "./errors/domain-errors.ts";
export * from "./errors/manager-error.ts";
export * from "./errors/server-errors.ts";
