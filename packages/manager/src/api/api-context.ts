/** What the route modules are given: the fastify instance type and the manager's parts. */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from "fastify";
import type { Database } from "../db/database.ts";
import type { ExecutionCancelled, ManagerServices } from "../services/index.ts";
import type { AdminAuth } from "./auth/admin-auth.ts";

export type AdminApp = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Told the PCs of a job just executed, so that offers reach those online at once. */
export type OnExecuted = (clientIds: readonly number[]) => void | Promise<void>;

/** Told of an execution just cancelled, so that its PCs online are told at once. */
export type OnCancelled = (cancelled: ExecutionCancelled) => void | Promise<void>;

export interface ApiContext {
  readonly services: ManagerServices;
  readonly db: Database;
  readonly auth: AdminAuth;
  readonly onExecuted: OnExecuted | undefined;
  readonly onCancelled: OnCancelled | undefined;
  /** The largest package upload accepted, in bytes. */
  readonly maxUploadBytes: number;
}
