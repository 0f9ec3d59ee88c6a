// Entry of the embedded database's thread (embedded-connection.ts). A worker
// starts without the parent's loader flags, so it registers tsx itself
// before loading the TypeScript, whatever started the parent: tsx, node
// --import tsx, vitest or a bin launcher.
import { register } from "tsx/esm/api";

register();
await import("./embedded-worker.ts");
