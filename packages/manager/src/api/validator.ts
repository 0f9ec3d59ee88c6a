/**
 * Request validation with TypeBox (typebox 1.x, through
 * @fastify/type-provider-typebox): query strings and path parameters are
 * converted ("3" → 3, "true" → true) before they are checked; JSON bodies
 * are checked as they are. A binary body (a package upload, `format:
 * binary`) is a stream the route reads itself, so it is not checked here.
 */
import { TypeBoxValidatorCompiler } from "@fastify/type-provider-typebox";
import type { FastifySchemaCompiler } from "fastify";
import type { TSchema } from "typebox";

const isBinary = (schema: unknown) =>
  typeof schema === "object" &&
  schema !== null &&
  (schema as { format?: unknown }).format === "binary";

export const validatorCompiler: FastifySchemaCompiler<TSchema> = (route) =>
  route.httpPart === "body" && isBinary(route.schema)
    ? (value: unknown) => ({ value })
    : TypeBoxValidatorCompiler(route);
