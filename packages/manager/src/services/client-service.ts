/**
 * Clients: PCs registered on their first authenticated connection
 * (contract §4), and what a failed authentication leaves behind (contract
 * §3: the maintenance code "is recorded on the client and on its jobs").
 *
 * A PC that fails authentication and is not registered yet stays
 * unregistered: only an authenticated connection registers a PC, so a
 * stranger cannot fill the client list. The agent endpoint logs that
 * failure; `recordAuthenticationFailure` answers `client: null`.
 */
import { isMaintenanceCode } from "@patchcast/protocol";
import { InvalidInputError, NotFoundError } from "../errors.ts";
import type { ClientRole } from "../jobs/job-rules.ts";
import { type ClientRecord, type ClientUpsert, createClientStore } from "../store/client-store.ts";
import { createStatusStore } from "../store/status-store.ts";
import type { BatchOutcome } from "./batcher.ts";
import { type ServiceDeps, systemClock } from "./service-deps.ts";
import { checkOneOf, checkText } from "./validation.ts";

export interface AuthenticatedClientInput {
  readonly pcId: string;
  readonly role: ClientRole;
  readonly hostName: string;
  readonly os: string;
  readonly agentVersion: string;
  /** SHA-256 of the DER certificate the PC authenticated with (hex). */
  readonly certificateFingerprint: string | null;
}

export interface AuthenticationFailureInput {
  readonly pcId: string;
  /** The role the PC claimed; an unauthenticated claim never changes a registered client. */
  readonly role: ClientRole;
  /** The maintenance code (contract §3). */
  readonly code: string;
  readonly detail: string | null;
}

export interface AuthenticationFailureResult {
  /** The registered client, or null: an unknown PC is not registered by a failure. */
  readonly client: ClientRecord | null;
  /** The executions put in error on this PC (due and not over), by ID. */
  readonly failedExecutionIds: readonly number[];
}

export interface ClientService {
  /** Registers the PC on its first authenticated connection, or refreshes it; last authentication: success. */
  registerAuthenticatedClient(input: AuthenticatedClientInput): Promise<ClientRecord>;
  /**
   * `registerAuthenticatedClient` for PCs that authenticated together, in
   * one statement: one outcome per input, in order (an invalid input gets
   * its own error; the others are still registered).
   */
  registerAuthenticatedClients(
    inputs: readonly AuthenticatedClientInput[],
  ): Promise<BatchOutcome<ClientRecord>[]>;
  /**
   * Records a failed authentication on a registered PC, and puts every one
   * of its executions that is due and not over in state `error` with the
   * code and detail (one status event each).
   */
  recordAuthenticationFailure(
    input: AuthenticationFailureInput,
  ): Promise<AuthenticationFailureResult>;
  listClients(): Promise<ClientRecord[]>;
  /** By PC ID. */
  getClient(pcId: string): Promise<ClientRecord>;
  getClientById(id: number): Promise<ClientRecord>;
}

const ROLES: readonly ClientRole[] = ["security_pc", "standard"];
const PC_ID_RULE = { max: 128 } as const;

function checkFingerprint(value: string | null): string | null {
  if (value === null) return null;
  const normalized = value.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(normalized)) {
    throw new InvalidInputError("certificate fingerprint", "must be a SHA-256 in hex (64 digits)");
  }
  return normalized;
}

function checkAuthenticated(input: AuthenticatedClientInput, at: Date): ClientUpsert {
  return {
    pcId: checkText("PC ID", input.pcId, PC_ID_RULE),
    role: checkOneOf("role", input.role, ROLES),
    hostName: checkText("host name", input.hostName, { min: 0, max: 255 }),
    os: checkText("OS", input.os, { min: 0, max: 255, trimmed: false }),
    agentVersion: checkText("agent version", input.agentVersion, { min: 0, max: 64 }),
    certificateFingerprint: checkFingerprint(input.certificateFingerprint),
    at,
  };
}

export function createClientService(deps: ServiceDeps): ClientService {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  return {
    async registerAuthenticatedClient(input) {
      const upsert = checkAuthenticated(input, clock());
      return (await createClientStore(db).upsertAuthenticated(upsert)).client;
    },
    async registerAuthenticatedClients(inputs) {
      const at = clock();
      const checked = inputs.map((input): BatchOutcome<ClientUpsert> => {
        try {
          return { ok: true, value: checkAuthenticated(input, at) };
        } catch (error) {
          return { ok: false, error };
        }
      });
      // One row per PC: the last of its inputs wins, as if registered one after another.
      const latest = new Map<string, ClientUpsert>();
      for (const c of checked) if (c.ok) latest.set(c.value.pcId, c.value);
      const records = await createClientStore(db).upsertAuthenticatedMany([...latest.values()]);
      return checked.map((c): BatchOutcome<ClientRecord> => {
        if (!c.ok) return c;
        const record = records.get(c.value.pcId);
        return record === undefined
          ? { ok: false, error: new Error(`client ${c.value.pcId} was not registered`) }
          : { ok: true, value: record };
      });
    },
    async recordAuthenticationFailure(input) {
      const pcId = checkText("PC ID", input.pcId, PC_ID_RULE);
      checkOneOf("role", input.role, ROLES);
      if (!isMaintenanceCode(input.code)) {
        throw new InvalidInputError(
          "maintenance code",
          `unknown code ${JSON.stringify(input.code)}`,
        );
      }
      const at = clock();
      return db.transaction(async (tx) => {
        const client = await createClientStore(tx).recordAuthFailure(
          pcId,
          input.code,
          input.detail,
          at,
        );
        if (client === undefined) return { client: null, failedExecutionIds: [] };
        const statuses = createStatusStore(tx);
        const pending = await statuses.lockDuePending(client.id, at);
        const change = {
          state: "error",
          maintenanceCode: input.code,
          detail: input.detail,
        } as const;
        for (const { executionId } of pending) {
          await statuses.set(executionId, client.id, { ...change, at });
          await statuses.insertEvent({
            executionId,
            clientId: client.id,
            ...change,
            occurredAt: at,
            receivedAt: at,
          });
        }
        return { client, failedExecutionIds: pending.map((s) => s.executionId) };
      });
    },
    listClients: () => createClientStore(db).list(),
    async getClient(pcId) {
      const client = await createClientStore(db).byPcId(pcId);
      if (client === undefined) throw new NotFoundError("client", pcId);
      return client;
    },
    async getClientById(id) {
      const client = await createClientStore(db).byId(id);
      if (client === undefined) throw new NotFoundError("client", id);
      return client;
    },
  };
}
