/**
 * protobuf.js runtime settings, applied before any message is decoded.
 *
 * 64-bit fields (sequence numbers, sizes, timestamps' seconds) are plain
 * JavaScript numbers throughout patchcast: the generated code is built with
 * --force-number, and the reader must not hand out `Long` objects either,
 * so protobuf.js is told not to use the `long` package. Values of 2^53 and
 * above are refused by validation rather than silently rounded.
 */
import protobuf from "protobufjs/minimal.js";

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

export const protobufRuntime = protobuf;
