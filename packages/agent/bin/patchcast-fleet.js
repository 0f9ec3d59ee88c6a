#!/usr/bin/env node
// Launcher: runs the TypeScript entry point through tsx, resolved from this
// package rather than from the caller's working directory.
import { register } from "tsx/esm/api";

register();
await import("./patchcast-fleet.ts");
