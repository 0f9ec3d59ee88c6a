/**
 * What every embedded database thread loads the same: PGlite's compiled
 * WebAssembly and its file-system bundle. Compiling 9 MB of WebAssembly
 * took most of a thread's start; here it is done once per process, and
 * each thread is handed the compiled module (a WebAssembly.Module crosses
 * to a worker without being compiled again).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

export interface PgliteAssets {
  readonly pgliteWasmModule: WebAssembly.Module;
  readonly fsBundle: Blob;
}

/** WebAssembly's compile, which this project's type libraries leave out as a value. */
const compile = (bytes: Uint8Array): Promise<WebAssembly.Module> =>
  (
    globalThis as unknown as {
      WebAssembly: { compile(bytes: Uint8Array): Promise<WebAssembly.Module> };
    }
  ).WebAssembly.compile(bytes);

let assets: Promise<PgliteAssets> | undefined;

async function load(): Promise<PgliteAssets> {
  const resolve = createRequire(import.meta.url).resolve;
  const [wasm, bundle] = await Promise.all([
    readFile(resolve("@electric-sql/pglite/pglite.wasm")),
    readFile(resolve("@electric-sql/pglite/pglite.data")),
  ]);
  return { pgliteWasmModule: await compile(wasm), fsBundle: new Blob([bundle]) };
}

/** The assets, loaded at the first call; a failed load is tried again at the next. */
export function pgliteAssets(): Promise<PgliteAssets> {
  assets ??= load().catch((error: unknown) => {
    assets = undefined;
    throw error;
  });
  return assets;
}
