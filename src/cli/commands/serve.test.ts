import { describe, expect, it } from "vitest";
import { formatLogLine, parseAddr } from "./serve.js";

describe("parseAddr", () => {
  it("reads host:port, [v6]:port and :port (127.0.0.1)", () => {
    expect(parseAddr("127.0.0.1:5000")).toEqual({ host: "127.0.0.1", port: 5000 });
    expect(parseAddr("0.0.0.0:0")).toEqual({ host: "0.0.0.0", port: 0 });
    expect(parseAddr("[::1]:5000")).toEqual({ host: "::1", port: 5000 });
    expect(parseAddr(":5000")).toEqual({ host: "127.0.0.1", port: 5000 });
    expect(parseAddr("localhost:8080")).toEqual({ host: "localhost", port: 8080 });
  });
  it("refuses anything else as a usage error", () => {
    for (const addr of ["5000", "host:", "host:99999", "::1:5000", "a:b"]) {
      expect(() => parseAddr(addr), addr).toThrow(/invalid --addr/);
    }
  });
});

describe("formatLogLine", () => {
  it("prints method, path, status, bytes and milliseconds", () => {
    expect(formatLogLine({ method: "GET", path: "/v2/", status: 200, bytes: 2, ms: 1.5, completed: true })).toBe(
      "GET /v2/ 200 2 B 1.5 ms",
    );
    expect(formatLogLine({ method: "GET", path: "/v2/x", status: 200, bytes: 0, ms: 3, completed: false })).toBe(
      "GET /v2/x 200 0 B 3 ms (client went away)",
    );
  });
});
