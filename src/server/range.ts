/**
 * Byte ranges: the `Range` header of blob GETs (RFC 9110, one range) and the `Content-Range` of chunked
 * upload PATCHes (the Distribution spec's `<start>-<end>`).
 */

/** An inclusive byte range within a blob. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Resolves a `Range` request header against a blob of `size` bytes. Returns undefined when the whole blob is to be
 * sent (no header, another unit, several ranges, or a malformed value, which RFC 9110 says to ignore), a range, or
 * "unsatisfiable" (answered with 416).
 */
export function resolveRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return undefined;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return undefined;
  if (first === "") {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== "" && Number(last) < start) return "unsatisfiable";
  if (start >= size) return "unsatisfiable";
  return { start, end };
}

/**
 * Parses an upload PATCH's `Content-Range` (`0-1023`; `bytes 0-1023` and a `/total` suffix are tolerated).
 * Returns undefined when the value is malformed.
 */
export function parseContentRange(header: string): ByteRange | undefined {
  const match = /^\s*(?:bytes[\s=]+)?(\d+)-(\d+)(?:\/(?:\d+|\*))?\s*$/i.exec(header);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (end < start) return undefined;
  return { start, end };
}

/** The `Range` header of an upload session that holds `size` bytes (`0-0` when empty, as distribution does). */
export function uploadRangeHeader(size: number): string {
  return `0-${Math.max(0, size - 1)}`;
}
