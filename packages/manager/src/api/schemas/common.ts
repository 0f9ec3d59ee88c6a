/**
 * Schemas every route shares: the one error shape, dates, IDs, and the
 * rule notices of jobs. Routes declare them with TypeBox; the OpenAPI
 * document is generated from the same schemas.
 */
import { type Static, type TSchema, Type } from "typebox";
import { JOB_RULES } from "../../jobs/rule-catalogue.ts";

/** One of a closed set of strings. */
export const StringEnum = <const T extends string[]>(
  values: readonly [...T],
  description?: string,
) =>
  Type.Enum(
    values,
    description === undefined ? { type: "string" } : { type: "string", description },
  );

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An ISO 8601 date and time (UTC in answers). */
export const DateTime = Type.String({ format: "date-time" });

export const Sha256 = Type.String({
  pattern: "^[0-9a-f]{64}$",
  description: "SHA-256 in lower-case hex",
});

/** A row ID: a positive integer. */
export const RowId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

export const IdParams = Type.Object({ id: RowId });

const RULE_IDS = Object.keys(JOB_RULES) as (keyof typeof JOB_RULES)[];

/** A rule of the security-PC job rules, broken (a violation) or applied (a warning). */
export const RuleNotice = Type.Object({
  rule: StringEnum(RULE_IDS, "The rule's ID (seed 001, Appendix B.5 (1))"),
  message: Type.String(),
  detail: Type.Optional(Type.String()),
});
export type RuleNoticeView = Static<typeof RuleNotice>;

/** The one shape of every error answer. */
export const ErrorBody = Type.Object(
  {
    statusCode: Type.Integer({ minimum: 400, maximum: 599 }),
    code: Type.String({ description: "Stable error code (PC_MGR_*): see the README's Errors" }),
    error: Type.String({ description: "The HTTP status text" }),
    message: Type.String(),
    field: Type.Optional(Type.String({ description: "The field at fault, when there is one" })),
    violations: Type.Optional(
      Type.Array(RuleNotice, { description: "Every rule a refused job breaks" }),
    ),
  },
  { description: "An error" },
);
export type ErrorBodyView = Static<typeof ErrorBody>;

/** The error answers of a route, in the one error shape. */
export const errorResponses = { "4xx": ErrorBody, "5xx": ErrorBody } as const;

export const NoContent = Type.Null({ description: "No content" });

export const iso = (date: Date) => date.toISOString();
export const isoOrNull = (date: Date | null) => (date === null ? null : date.toISOString());
