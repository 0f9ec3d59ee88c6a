import { expect, it } from "vitest";
import { cleartextWarning, isLoopbackHost } from "./cleartext-warning.ts";

it("tells loopback hosts from the others", () => {
  for (const host of [
    "127.0.0.1",
    "127.1.2.3",
    "localhost",
    "LOCALHOST",
    "::1",
    "[::1]",
    "::ffff:127.0.0.1",
  ])
    expect(isLoopbackHost(host), host).toBe(true);
  for (const host of ["0.0.0.0", "::", "192.168.1.10", "manager.example", "127.example", "[::]"])
    expect(isLoopbackHost(host), host).toBe(false);
});

it("warns of a manager serving beyond this machine without TLS, and only of that", () => {
  expect(cleartextWarning("0.0.0.0", false)).toMatch(
    /^warning: serving http:\/\/ and ws:\/\/ on 0\.0\.0\.0 without TLS: .*--tls-cert and --tls-key/,
  );
  expect(cleartextWarning("0.0.0.0", true)).toBeUndefined();
  expect(cleartextWarning("127.0.0.1", false)).toBeUndefined();
});
