/**
 * The `images` input: one image per line, as `ghcr.io/owner/app` or `name=ghcr.io/owner/app,enable=false`.
 * A single line of plain comma-separated names is the older form and lists several images.
 */
import { DockhandError } from "../errors.js";
import { parseCsvRecord } from "./input-list.js";

/** One image a plan tags. */
export interface ImageInput {
  name: string;
  enable: boolean;
}

/** Parses image entries. */
export function parseImages(entries: readonly string[]): ImageInput[] {
  const first = entries[0];
  if (entries.length === 1 && first !== undefined) {
    const fields = parseCsvRecord(first, "images");
    if (fields.every((field) => !field.includes("="))) {
      return fields
        .map((field) => field.trim())
        .filter((name) => name !== "")
        .map((name) => ({ name, enable: true }));
    }
  }
  return entries.map((entry) => {
    const image: ImageInput = { name: "", enable: true };
    for (const field of parseCsvRecord(entry, "images")) {
      const parts = field.split("=").map((part) => part.trim());
      const value = parts[1];
      if (value === undefined) {
        image.name = parts[0] ?? "";
        continue;
      }
      const key = (parts[0] ?? "").toLowerCase();
      if (key === "name") {
        image.name = value;
      } else if (key === "enable") {
        if (value !== "true" && value !== "false")
          throw imageError(entry, `enable must be true or false, not "${value}"`);
        image.enable = value === "true";
      } else {
        throw imageError(entry, `unknown attribute "${key}"`);
      }
    }
    if (image.name === "") throw imageError(entry, "the image name is empty");
    return image;
  });
}

function imageError(entry: string, problem: string): DockhandError {
  return new DockhandError("TAGS_INPUT", `Invalid images entry "${entry}": ${problem}`, {
    exit: 2,
    hint: "Write one image per line: ghcr.io/owner/app or name=ghcr.io/owner/app,enable=false",
  });
}
