/**
 * Reads a patch information file (contract §5) into checked values: every
 * field the acquisition uses is validated, URLs are resolved against the
 * file's own URL, unknown fields are ignored. Anything else is
 * PC_MGR_ACQ_PATCHINFO_MALFORMED, whose detail names the field at fault.
 */
import { AcquisitionError } from "../errors.ts";
import {
  CLASSIFICATIONS,
  type Classification,
  PATCHINFO_FORMAT,
  type UpdateTarget,
} from "./patchinfo-format.ts";

export interface PatchFile {
  readonly name: string;
  readonly url: URL;
  readonly size: number;
  readonly sha256: string;
}

export interface PatchUpdate {
  readonly id: string;
  readonly title: string;
  readonly target: UpdateTarget;
  readonly products: readonly string[];
  readonly classification: Classification;
  readonly releasedAt: Date;
  readonly supersedes: readonly string[];
  readonly files: readonly PatchFile[];
}

export interface PatchInfo {
  readonly version: number;
  readonly generatedAt: Date;
  readonly updates: readonly PatchUpdate[];
}

type Json = Record<string, unknown>;

const malformed = (detail: string) =>
  new AcquisitionError("PC_MGR_ACQ_PATCHINFO_MALFORMED", `patch information file: ${detail}`);

function object(value: unknown, at: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw malformed(`${at} must be an object`);
  }
  return value as Json;
}

function text(value: unknown, at: string, max = 1024): string {
  if (typeof value !== "string" || value.length === 0 || value.length > max) {
    throw malformed(`${at} must be a string of 1-${max} characters`);
  }
  return value;
}

function array(value: unknown, at: string, max: number): unknown[] {
  if (!Array.isArray(value) || value.length > max) {
    throw malformed(`${at} must be an array of at most ${max} entries`);
  }
  return value;
}

function date(value: unknown, at: string): Date {
  const time = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw malformed(`${at} must be an ISO 8601 date and time`);
  return new Date(time);
}

function fileName(value: unknown, at: string): string {
  const name = text(value, at, 255);
  if (/[/\\\0]/.test(name) || name === "." || name === "..") {
    throw malformed(`${at} must be a file name without folders: got ${JSON.stringify(name)}`);
  }
  return name;
}

function fileUrl(value: unknown, base: URL, at: string): URL {
  let url: URL;
  try {
    url = new URL(text(value, at, 2048), base);
  } catch {
    throw malformed(`${at} is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw malformed(`${at} must be an http(s) URL: got ${url.protocol}`);
  }
  return url;
}

function file(value: unknown, base: URL, at: string): PatchFile {
  const f = object(value, at);
  const size = f.size;
  if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0) {
    throw malformed(`${at}.size must be a non-negative integer`);
  }
  const sha256 = f.sha256;
  if (typeof sha256 !== "string" || !/^[0-9a-fA-F]{64}$/.test(sha256)) {
    throw malformed(`${at}.sha256 must be 64 hex digits`);
  }
  return {
    name: fileName(f.name, `${at}.name`),
    url: fileUrl(f.url, base, `${at}.url`),
    size,
    sha256: sha256.toLowerCase(),
  };
}

function update(value: unknown, base: URL, at: string): PatchUpdate {
  const u = object(value, at);
  if (u.target !== "os" && u.target !== "application") {
    throw malformed(`${at}.target must be "os" or "application"`);
  }
  const classification = u.classification as Classification;
  if (!CLASSIFICATIONS.includes(classification)) {
    throw malformed(`${at}.classification must be one of ${CLASSIFICATIONS.join(", ")}`);
  }
  const products = array(u.products, `${at}.products`, 100);
  const supersedes =
    u.supersedes === undefined ? [] : array(u.supersedes, `${at}.supersedes`, 1000);
  return {
    id: text(u.id, `${at}.id`, 64),
    title: text(u.title, `${at}.title`),
    target: u.target,
    products: products.map((p, i) => text(p, `${at}.products[${i}]`, 128)),
    classification,
    releasedAt: date(u.releasedAt, `${at}.releasedAt`),
    supersedes: supersedes.map((s, i) => text(s, `${at}.supersedes[${i}]`, 64)),
    files: array(u.files, `${at}.files`, 100).map((f, i) => file(f, base, `${at}.files[${i}]`)),
  };
}

/** The checked content of `text`, the file fetched from `base`. */
export function parsePatchInfo(source: string, base: URL): PatchInfo {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw malformed(`not JSON (${(error as Error).message})`);
  }
  const root = object(json, "the file");
  if (root.format !== PATCHINFO_FORMAT) {
    throw malformed(`format must be "${PATCHINFO_FORMAT}": got ${JSON.stringify(root.format)}`);
  }
  const version = root.version;
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 0) {
    throw malformed("version must be a non-negative integer");
  }
  return {
    version,
    generatedAt: date(root.generatedAt, "generatedAt"),
    updates: array(root.updates, "updates", 100_000).map((u, i) =>
      update(u, base, `updates[${i}]`),
    ),
  };
}
