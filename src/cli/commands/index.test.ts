/**
 * Which command modules a command line loads: its own, none for --version, all for help. Run through `main`, the
 * help and the version still list and print what they did before the modules became lazy.
 */
import { describe, expect, it } from "vitest";
import { runCli } from "../../../test/helpers/cli.js";
import { dockhandVersion } from "../../version.js";
import { commands, commandsFor } from "./index.js";

describe("commandsFor", () => {
  it("loads only the named command", () => {
    expect(commandsFor(["copy", "a", "b"]).map((c) => c.name)).toEqual(["copy"]);
    expect(commandsFor(["index", "create"]).map((c) => c.name)).toEqual(["index"]);
  });

  it("loads nothing for --version alone, everything for help and unknown words", () => {
    expect(commandsFor(["--version"])).toEqual([]);
    expect(commandsFor(["-V"])).toEqual([]);
    expect(commandsFor([])).toBe(commands);
    expect(commandsFor(["--help"])).toBe(commands);
    expect(commandsFor(["cpoy"])).toBe(commands);
  });
});

describe("dockhand with lazily loaded commands", () => {
  it("prints the version from package.json", async () => {
    const { code, out } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(dockhandVersion());
    expect(dockhandVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("lists every command in --help and suggests one for a typo", async () => {
    const help = await runCli(["--help"]);
    for (const { name } of commands) expect(help.out).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    const typo = await runCli(["cpoy"]);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("Did you mean copy?");
  });
});
