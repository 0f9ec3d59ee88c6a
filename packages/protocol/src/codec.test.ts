// Contract §2: one binary WebSocket message carries exactly one Envelope;
// text frames, oversized frames, undecodable bytes and wrong versions are
// answered with a close code. These tests feed the codec raw bytes.
import { describe, expect, it } from "vitest";
import { sampleBodies, sampleJobOffer } from "./__fixtures__/messages.ts";
import {
  decodeFrame,
  decodeJobOffer,
  decodeMessage,
  encodeJobOffer,
  encodeMessage,
} from "./codec.ts";
import { CloseCode, ProtocolError, type ProtocolErrorCode } from "./errors.ts";
import { Limits } from "./limits.ts";
import { BODY_CASES, type Body, v1 } from "./messages.ts";

function expectProtocolError(
  fn: () => unknown,
  code: ProtocolErrorCode,
  closeCode: number,
): ProtocolError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    const pe = error as ProtocolError;
    expect(pe.code).toBe(code);
    expect(pe.closeCode).toBe(closeCode);
    return pe;
  }
  throw new Error(`expected ${code}, but nothing was thrown`);
}

/** Protobuf tag byte(s) for a field number and wire type. */
function tag(field: number, wireType: number): number[] {
  const out: number[] = [];
  let v = (field << 3) | wireType;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}

const bytes = (...parts: (number[] | Uint8Array)[]) =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

describe("round trip (every Envelope body)", () => {
  it("has a sample for every body case", () => {
    expect(Object.keys(sampleBodies).sort()).toEqual([...BODY_CASES].sort());
  });

  for (const kase of BODY_CASES) {
    it(`${kase}: decode(encode(m)) carries the same message, byte for byte`, () => {
      const body = sampleBodies[kase] as Body;
      const wire = encodeMessage({ seq: 17, body });
      const decoded = decodeMessage(wire);
      expect(decoded.seq).toBe(17);
      expect(decoded.body.case).toBe(kase);
      expect(encodeMessage(decoded)).toEqual(wire);
    });
  }

  it("keeps 64-bit values up to 2^53 exact", () => {
    const decoded = decodeMessage(
      encodeMessage({ seq: Number.MAX_SAFE_INTEGER, body: sampleBodies.ack }),
    );
    expect(decoded.seq).toBe(Number.MAX_SAFE_INTEGER);
    expect(decoded.body.case === "ack" && decoded.body.value.seqs).toEqual([1, 2, 3, 2 ** 40]);
  });

  it("accepts ws RawData shapes: Buffer, ArrayBuffer and fragments", () => {
    const wire = encodeMessage({ body: sampleBodies.hello });
    const buffer = Buffer.from(wire);
    const arrayBuffer = Uint8Array.from(wire).buffer;
    const fragments = [buffer.subarray(0, 5), buffer.subarray(5, 9), buffer.subarray(9)];
    for (const data of [buffer, arrayBuffer, fragments]) {
      expect(decodeFrame(data, true).body.case).toBe("hello");
    }
  });

  it("a JobOffer round-trips through its signed bytes", () => {
    const offer = decodeJobOffer(encodeJobOffer(sampleJobOffer));
    expect(offer.jobId).toBe("JOB-000042");
    expect(offer.package?.size).toBe(1_048_576);
    expect([...(offer.package?.sha256 ?? [])]).toEqual([...(sampleJobOffer.package?.sha256 ?? [])]);
  });
});

describe("text frames (close 1003)", () => {
  it("refuses a text frame whatever it holds", () => {
    const wire = encodeMessage({ body: sampleBodies.hello });
    expectProtocolError(
      () => decodeFrame(wire, false),
      "PC_PROTO_TEXT_FRAME",
      CloseCode.UNSUPPORTED_DATA,
    );
    expectProtocolError(
      () => decodeFrame(Buffer.from('{"hello":{}}'), false),
      "PC_PROTO_TEXT_FRAME",
      1003,
    );
  });
});

describe("size limit (close 1009), checked before decoding", () => {
  it("refuses a well-formed envelope one byte over the limit", () => {
    const wire = encodeMessage({ body: sampleBodies.challenge });
    const error = expectProtocolError(
      () => decodeMessage(wire, { maxFrameBytes: wire.byteLength - 1 }),
      "PC_PROTO_FRAME_TOO_LARGE",
      CloseCode.MESSAGE_TOO_BIG,
    );
    expect(error.message).toContain(
      `${wire.byteLength} bytes exceeds the limit of ${wire.byteLength - 1}`,
    );
    expect(decodeMessage(wire, { maxFrameBytes: wire.byteLength }).body.case).toBe("challenge");
  });

  it("refuses fragments whose sum exceeds 1 MiB without joining them", () => {
    const half = Buffer.alloc(Limits.MAX_FRAME_BYTES / 2 + 1);
    const fragments = [half, half];
    expectProtocolError(() => decodeFrame(fragments, true), "PC_PROTO_FRAME_TOO_LARGE", 1009);
  });

  it("refuses garbage of 1 MiB + 1 as too big, not as undecodable", () => {
    const garbage = new Uint8Array(Limits.MAX_FRAME_BYTES + 1).fill(0xff);
    expectProtocolError(() => decodeMessage(garbage), "PC_PROTO_FRAME_TOO_LARGE", 1009);
  });

  it("refuses to encode what the peer would refuse", () => {
    expectProtocolError(
      () => encodeMessage({ body: sampleBodies.jobOffer }, { maxFrameBytes: 64 }),
      "PC_PROTO_FRAME_TOO_LARGE",
      1009,
    );
  });

  it("bad limits fail synchronously with RangeError", () => {
    const wire = encodeMessage({ body: sampleBodies.heartbeat });
    expect(() => decodeMessage(wire, { maxFrameBytes: 0 })).toThrow(RangeError);
    expect(() => decodeMessage(wire, { maxFrameBytes: 1.5 })).toThrow(RangeError);
  });
});

describe("truncated and undecodable bytes (close 1007)", () => {
  for (const kase of BODY_CASES) {
    it(`${kase}: every truncation is refused with a ProtocolError, never anything else`, () => {
      const wire = encodeMessage({ seq: 3, body: sampleBodies[kase] as Body });
      for (let cut = 0; cut < wire.byteLength; cut++) {
        try {
          decodeMessage(wire.subarray(0, cut));
        } catch (error) {
          expect(error, `cut at ${cut}`).toBeInstanceOf(ProtocolError);
        }
        // A prefix that ends between fields is a valid, smaller envelope;
        // it can only get here if it still carries a complete, valid body.
      }
    });
  }

  it("a length-delimited body cut short is PC_PROTO_UNDECODABLE", () => {
    const wire = encodeMessage({ body: sampleBodies.hello });
    const error = expectProtocolError(
      () => decodeMessage(wire.subarray(0, wire.byteLength - 3)),
      "PC_PROTO_UNDECODABLE",
      CloseCode.INVALID_PAYLOAD,
    );
    expect(error.message).toMatch(/^not a patchcast\.v1\.Envelope: /);
  });

  it("an invalid wire type is PC_PROTO_UNDECODABLE", () => {
    expectProtocolError(() => decodeMessage(bytes(tag(1, 7), [1])), "PC_PROTO_UNDECODABLE", 1007);
  });

  it("a length prefix claiming 2 GiB is refused without allocating it", () => {
    const huge = bytes(tag(16, 2), [0x80, 0x80, 0x80, 0x80, 0x08]);
    expectProtocolError(() => decodeMessage(huge), "PC_PROTO_UNDECODABLE", 1007);
  });

  it("random bytes never raise anything but a ProtocolError", () => {
    let seed = 0x5eed;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >>> 7;
    };
    for (let i = 0; i < 5000; i++) {
      const data = Uint8Array.from({ length: random() % 64 }, () => random() & 0xff);
      try {
        decodeMessage(data);
      } catch (error) {
        expect(error).toBeInstanceOf(ProtocolError);
      }
    }
  });
});

describe("unknown fields are tolerated; unknown bodies are not", () => {
  it("ignores an unknown envelope field and an unknown field inside Hello", () => {
    const hello = v1.Hello.encode(sampleBodies.hello.value).finish();
    const extendedHello = bytes(hello, tag(99, 0), [42], tag(100, 2), [3, 1, 2, 3]);
    const envelope = bytes(tag(15, 0), [1], tag(16, 2), [extendedHello.byteLength], extendedHello);
    const decoded = decodeMessage(envelope);
    expect(decoded.body.case).toBe("hello");
    expect(decoded.body.case === "hello" && decoded.body.value.pcId).toBe("PC-0001");
  });

  it("an envelope whose only body is from a later version is PC_PROTO_EMPTY_ENVELOPE (1002)", () => {
    const future = bytes(tag(1, 0), [5], tag(64, 2), [2, 8, 1]);
    expectProtocolError(
      () => decodeMessage(future),
      "PC_PROTO_EMPTY_ENVELOPE",
      CloseCode.PROTOCOL_ERROR,
    );
  });

  it("an empty message is PC_PROTO_EMPTY_ENVELOPE", () => {
    expectProtocolError(() => decodeMessage(new Uint8Array(0)), "PC_PROTO_EMPTY_ENVELOPE", 1002);
  });
});

describe("protocol version negotiation (close 1002)", () => {
  for (const received of [0, 2, 4_294_967_295]) {
    it(`a Hello announcing version ${received} names expected and received`, () => {
      const hello = { ...sampleBodies.hello.value, protocolVersion: received };
      const wire = encodeMessage({ body: { case: "hello", value: hello } });
      const error = expectProtocolError(
        () => decodeMessage(wire),
        "PC_PROTO_VERSION_MISMATCH",
        CloseCode.PROTOCOL_ERROR,
      );
      expect(error.message).toBe(`protocolVersion must be 1: got ${received}`);
    });
  }
});

describe("field meaning (close 1007)", () => {
  const cases: [string, Body, string][] = [
    [
      "status report in error without a maintenance code",
      { case: "statusReport", value: { ...sampleBodies.statusReport.value, maintenanceCode: "" } },
      "statusReport.maintenanceCode must be set",
    ],
    [
      "maintenance code not in the 12-character form",
      {
        case: "statusReport",
        value: { ...sampleBodies.statusReport.value, maintenanceCode: "30009707850" },
      },
      "statusReport.maintenanceCode must be 12 upper-case hexadecimal characters",
    ],
    [
      "status report without a state",
      { case: "statusReport", value: { jobId: "J", state: 0 } },
      "statusReport.state must be one of 1, 2, 3, 4, 5, 6, 7: got 0",
    ],
    [
      "hello without a PC ID",
      { case: "hello", value: { ...sampleBodies.hello.value, pcId: "" } },
      "hello.pcId must not be empty",
    ],
    [
      "hello whose state ID holds a control character",
      { case: "hello", value: { ...sampleBodies.hello.value, stateId: "state\u0000id" } },
      "hello.stateId must not hold control characters",
    ],
    [
      "hello whose PC ID ends with white space",
      { case: "hello", value: { ...sampleBodies.hello.value, pcId: "SEC-PC-1 " } },
      "hello.pcId must not begin or end with white space",
    ],
    [
      "challenge nonce shorter than 32 bytes",
      { case: "challenge", value: { ...sampleBodies.challenge.value, nonce: new Uint8Array(16) } },
      "challenge.nonce must be 32 to 1024 bytes: got 16",
    ],
    [
      "job offer without a signature",
      { case: "jobOffer", value: { ...sampleBodies.jobOffer.value, signature: new Uint8Array(0) } },
      "jobOffer.signature must be 1 to 1024 bytes: got 0",
    ],
    [
      "auth failure without its maintenance code",
      { case: "authResult", value: { ok: false } },
      "authResult.maintenanceCode must be set",
    ],
    [
      "empty ack",
      { case: "ack", value: { seqs: [] } },
      "ack.seqs must hold 1 to 10000 entries: got 0",
    ],
  ];
  for (const [name, body, message] of cases) {
    it(name, () => {
      const wire = encodeMessage({ body });
      const error = expectProtocolError(() => decodeMessage(wire), "PC_PROTO_INVALID_FIELD", 1007);
      expect(error.message).toContain(message);
    });
  }

  it("a JobOffer whose SHA-256 is not 32 bytes is refused both ways", () => {
    const bad = {
      ...sampleJobOffer,
      package: { ...sampleJobOffer.package, sha256: new Uint8Array(31) },
    };
    expectProtocolError(() => encodeJobOffer(bad), "PC_PROTO_INVALID_FIELD", 1007);
    expectProtocolError(
      () => decodeJobOffer(v1.JobOffer.encode(bad).finish()),
      "PC_PROTO_INVALID_FIELD",
      1007,
    );
  });

  it("undecodable JobOffer bytes are PC_PROTO_UNDECODABLE", () => {
    expectProtocolError(
      () => decodeJobOffer(bytes(tag(1, 2), [50, 1])),
      "PC_PROTO_UNDECODABLE",
      1007,
    );
  });
});

describe("close reasons", () => {
  it("fit the 123 bytes RFC 6455 allows, cut at a character boundary", () => {
    const error = new ProtocolError("PC_PROTO_INVALID_FIELD", "é".repeat(200));
    const reason = error.closeReason;
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(reason.startsWith("PC_PROTO_INVALID_FIELD: é")).toBe(true);
    expect(reason.endsWith("...")).toBe(true);
  });
});
