import { describe, expect, it } from "vitest";
import { formatDate } from "./date-format.js";
import { parseFlavor } from "./flavor.js";
import { parseImages } from "./image.js";
import { parseCsvRecord, splitInputList } from "./input-list.js";
import { formatPep440, parsePep440 } from "./pep440.js";
import { parseTagEntry, parseTags } from "./tag.js";
import { isRawStatement, renderTemplate } from "./template.js";

describe("input syntax", () => {
  it("reads CSV records with quoted fields", () => {
    expect(parseCsvRecord('type=match,"pattern=\\d{1,3}",group=0', "tags")).toEqual([
      "type=match",
      "pattern=\\d{1,3}",
      "group=0",
    ]);
    expect(parseCsvRecord('"a ""b"""', "tags")).toEqual(['a "b"']);
    expect(() => parseCsvRecord('"open', "tags")).toThrowError(/not closed/);
    expect(() => parseCsvRecord('a"b', "tags")).toThrowError(/quote inside the unquoted field/);
  });

  it("splits lines, keeps # inside entries", () => {
    expect(splitInputList(["a\n#c\n b ", "", "c#d"])).toEqual(["a", "b", "c#d"]);
  });
});

describe("tag entries", () => {
  it("fills defaults and sorts by priority, ties in input order", () => {
    const sorted = parseTags([
      "type=sha",
      "type=raw,a",
      "type=semver,pattern={{version}}",
      "type=raw,b",
      "type=raw,c,priority=950",
    ]);
    expect(sorted.map((t) => t.attrs.value ?? t.type)).toEqual(["c", "", "a", "b", "sha"]);
    expect(parseTagEntry("type=sha").attrs).toEqual({
      prefix: "sha-",
      format: "short",
      enable: "true",
      priority: "100",
    });
    expect(parseTagEntry("type=ref,event=pr").attrs.prefix).toBe("pr-");
    expect(parseTagEntry("foo").type).toBe("raw");
    expect(parseTagEntry("type=match,pattern=a=b").attrs.pattern).toBe("a=b");
  });

  it.each([
    ["type=nope", /unknown type "nope"/],
    ["type=semver", /missing pattern/],
    ["type=match,pattern=x,group=a", /group "a" is not a number/],
    ["type=ref", /missing event/],
    ["type=ref,event=commit", /event must be branch, tag or pr/],
    ["type=raw", /missing value/],
    ["type=sha,format=medium", /format must be short or long/],
  ])("rejects %s", (line, message) => {
    expect(() => parseTagEntry(line)).toThrowError(message);
  });
});

describe("flavor and images", () => {
  it("scopes onlatest to the affix before it on the same line", () => {
    expect(parseFlavor(["prefix=p-,onlatest=true", "suffix=-s"])).toEqual({
      latest: "auto",
      prefix: "p-",
      prefixLatest: true,
      suffix: "-s",
      suffixLatest: false,
    });
    expect(() => parseFlavor(["latest=maybe"])).toThrowError(/latest must be auto, true or false/);
    expect(() => parseFlavor(["colour=blue"])).toThrowError(/unknown key "colour"/);
    expect(() => parseFlavor(["latest"])).toThrowError(/has no "="/);
  });

  it("reads the old comma form and the name=,enable= form", () => {
    expect(parseImages(["a/app,ghcr.io/b/app"])).toEqual([
      { name: "a/app", enable: true },
      { name: "ghcr.io/b/app", enable: true },
    ]);
    expect(parseImages(["a/app", "name=ghcr.io/b/app,enable=false"])).toEqual([
      { name: "a/app", enable: true },
      { name: "ghcr.io/b/app", enable: false },
    ]);
    expect(() => parseImages(["name=a/app,push=true"])).toThrowError(/unknown attribute "push"/);
    expect(() => parseImages(["enable=true"])).toThrowError(/image name is empty/);
  });
});

describe("templates", () => {
  it("renders names, helpers with arguments, comments, escapes and HTML-escaping", () => {
    const scope = { name: "a&b", upper: (s: unknown) => String(s).toUpperCase(), n: 0 };
    expect(renderTemplate("x-{{name}}-{{{name}}}", scope)).toBe("x-a&amp;b-a&b");
    expect(renderTemplate("{{upper 'hi'}}{{! note }}{{n}}\\{{name}}", scope)).toBe("HI0{{name}}");
    expect(renderTemplate("{{missing}}", scope)).toBe("");
    expect(() => renderTemplate("{{#if name}}x{{/if}}", scope)).toThrowError(/block or partial/);
    expect(() => renderTemplate("{{name", scope)).toThrowError(/not closed/);
    expect(() => renderTemplate("{{missing 'x'}}", scope)).toThrowError(/unknown helper "missing"/);
  });

  it.each([
    ["{{ raw }}.{{ version }}", false],
    ["{{ version }},{{raw }.", false],
    ["{{ raw }}", true],
    ["{{ raw}}", true],
    ["{{raw}}", true],
  ])("isRawStatement(%s) is %s", (pattern, expected) => {
    expect(isRawStatement(pattern)).toBe(expected);
  });
});

describe("dates", () => {
  const instant = new Date("2020-01-10T00:30:05.123Z");
  it.each([
    ["YYYYMMDD", "UTC", "20200110"],
    ["YYYYMMDD-HHmmss", "Asia/Tokyo", "20200110-093005"],
    ["YYYY-MM-DDTHH:mm:ss.SSS[Z]", "UTC", "2020-01-10T00:30:05.123Z"],
    ["ddd D MMM YY, h:mm A", "America/New_York", "Thu 9 Jan 20, 7:30 PM"],
    ["W/GGGG DDDD Do", "UTC", "2/2020 010 10th"],
    [undefined, "UTC", "2020-01-10T00:30:05Z"],
    [undefined, "Asia/Kolkata", "2020-01-10T06:00:05+05:30"],
  ])("formats %s in %s", (format, zone, expected) => {
    expect(formatDate(instant, format, zone)).toBe(expected);
  });

  it("refuses an unknown zone", () => {
    expect(() => formatDate(instant, "YYYY", "Mars/Olympus")).toThrowError(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe("pep440", () => {
  it.each([
    ["1.2", "1.2", false],
    ["v1.1.1", "1.1.1", false],
    ["1.1beta2", "1.1b2", true],
    ["1.0dev4", "1.0.dev4", true],
    ["1.2.3rc2", "1.2.3rc2", true],
    ["1.2post1", "1.2.post1", false],
    ["1.0-1", "1.0.post1", false],
    ["2!1.0.0a1+Ubuntu-1", "2!1.0.0a1+ubuntu.1", true],
  ])("normalises %s to %s", (text, clean, prerelease) => {
    const version = parsePep440(text);
    expect(version && formatPep440(version)).toBe(clean);
    expect(version?.isPrerelease).toBe(prerelease);
  });

  it("rejects non-versions", () => {
    expect(parsePep440("sometag")).toBeUndefined();
    expect(parsePep440("1.2.3-beta.4.x")).toBeUndefined();
  });
});
