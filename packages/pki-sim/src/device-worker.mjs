// Entry of a device worker thread (device-pool.ts). A worker starts without
// the parent's loader flags, so it registers tsx itself before loading the
// TypeScript, whatever started the parent: tsx, node --import tsx, vitest
// or a bin launcher.
import { register } from "tsx/esm/api";

register();
await import("./device-worker.ts");
