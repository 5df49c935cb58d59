import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { DockhandError } from "../errors.js";
import { computeDigest, createHasher, isDigest, parseDigest, verifyingStream } from "./digest.js";
import { OCI_EMPTY_DESCRIPTOR } from "./mediaTypes.js";

const HELLO_SHA256 = "sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

async function drain(source: Readable, digest: string, size?: number): Promise<number> {
  let received = 0;
  const sink = new Writable({
    write(chunk: Buffer, _e, callback) {
      received += chunk.length;
      callback();
    },
  });
  await pipeline(source, verifyingStream(digest, size), sink);
  return received;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DockhandError ? error.code : "not a DockhandError";
  }
  return undefined;
}

describe("digests", () => {
  it("computes sha256 and sha512", () => {
    expect(computeDigest(new TextEncoder().encode("hello"))).toBe(HELLO_SHA256);
    expect(computeDigest("hello", "sha512")).toMatch(/^sha512:9b71d224bd62f378/);
    expect(computeDigest("{}")).toBe(OCI_EMPTY_DESCRIPTOR.digest);
    expect(Buffer.from(OCI_EMPTY_DESCRIPTOR.data, "base64").toString()).toBe("{}");
  });

  it("hashes incrementally", () => {
    const hasher = createHasher();
    hasher.update(Buffer.from("hel"));
    hasher.update(Buffer.from("lo"));
    expect(hasher.size).toBe(5);
    expect(hasher.digest()).toBe(HELLO_SHA256);
  });

  it.each([
    ["2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", /algorithm prefix/],
    ["md5:d41d8cd98f00b204e9800998ecf8427e", /unsupported algorithm "md5"/],
    ["sha256:abc", /64 hex characters, got 3/],
    ["sha256:2CF24DBA5FB0A30E26E83B2AC5B9E29E1B161E5C1FA7425E73043362938B9824", /lower case/],
    ["sha256:zz", /not hexadecimal/],
    ["sha512:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", /128 hex characters/],
  ])("refuses %s", (input, message) => {
    expect(() => parseDigest(input)).toThrow(message);
    expect(codeOf(() => parseDigest(input))).toBe("DIGEST_INVALID");
    expect(isDigest(input)).toBe(false);
  });

  it("parses valid digests", () => {
    expect(parseDigest(HELLO_SHA256)).toEqual({ algorithm: "sha256", hex: HELLO_SHA256.slice(7) });
    expect(isDigest(computeDigest("x", "sha512"))).toBe(true);
  });
});

describe("verifyingStream", () => {
  it("passes matching bytes through", async () => {
    expect(await drain(Readable.from([Buffer.from("hel"), Buffer.from("lo")]), HELLO_SHA256, 5)).toBe(5);
    const sha512 = computeDigest("hello", "sha512");
    expect(await drain(Readable.from([Buffer.from("hello")]), sha512)).toBe(5);
  });

  it("fails with DIGEST_INVALID naming the blob when the bytes differ", async () => {
    const failure = drain(Readable.from([Buffer.from("hellO")]), HELLO_SHA256);
    await expect(failure).rejects.toMatchObject({ code: "DIGEST_INVALID" });
    await expect(drain(Readable.from([Buffer.from("hellO")]), HELLO_SHA256)).rejects.toThrow(HELLO_SHA256);
  });

  it("fails with SIZE_INVALID when too many or too few bytes arrive", async () => {
    await expect(drain(Readable.from([Buffer.from("hello!")]), HELLO_SHA256, 5)).rejects.toMatchObject({
      code: "SIZE_INVALID",
    });
    await expect(drain(Readable.from([Buffer.from("hell")]), HELLO_SHA256, 5)).rejects.toThrow(
      /expected 5 bytes, got 4/,
    );
  });
});
