import { describe, expect, it } from "vitest";
import { GHCR_TEXT } from "../github/ghcr-refusals.js";
import { type LogErrorKind, parseLogs } from "./log.js";

/** What the doctor must read each refusal the emulator sends as (the same text on both sides). */
const KINDS: Record<Exclude<keyof typeof GHCR_TEXT, "forbidsClassic">, LogErrorKind> = {
  writePackage: "write-package",
  readPackage: "read-package",
  createPackage: "create-package",
  scopes: "scopes",
  noInstallation: "installation-missing",
  createOrg: "installation-create",
  writeOrg: "installation-write",
  readOrg: "installation-read",
  unauthenticated: "unauthenticated",
};

describe("GHCR refusal texts", () => {
  it.each(Object.entries(KINDS))("the doctor reads the emulator's %s refusal as %s", (key, kind) => {
    const text = GHCR_TEXT[key as keyof typeof KINDS];
    const line = `ERROR: failed to push ghcr.io/acme/app:1.0: denied: ${text}`;
    expect(parseLogs([{ text: line }]).errors.map((error) => error.kind)).toEqual([kind]);
  });

  it("reads the classic-PAT refusal whatever the organisation", () => {
    const line = `Error response from daemon: denied: ${GHCR_TEXT.forbidsClassic("Strict-Org")}`;
    expect(parseLogs([{ text: line }]).errors.map((error) => error.kind)).toEqual(["classic-pat-forbidden"]);
  });
});
