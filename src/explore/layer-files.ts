/**
 * A layer's file list, read as the blob streams in: decompressed by its magic bytes (gzip, zstd where the running
 * Node has it, or plain tar) and walked header by header (ustar, PAX `path`/`linkpath`/`size` records, GNU long
 * names), skipping file contents. Nothing is held but the current header, so a layer of any size lists in bounded
 * memory.
 */
import type { Readable } from "node:stream";
import zlib from "node:zlib";

/** One entry of a layer. */
export interface LayerEntry {
  path: string;
  type: "file" | "dir" | "symlink" | "hardlink" | "other";
  size: number;
  mode: number;
  linkTarget?: string;
  /** An OCI whiteout (`.wh.NAME` deletes NAME from lower layers; `.wh..wh..opq` makes a directory opaque). */
  whiteout?: boolean;
}

/** The listing: at most `limit` entries, with the count of all of them. */
export interface LayerListing {
  entries: LayerEntry[];
  total: number;
  compression: "gzip" | "zstd" | "none";
}

const BLOCK = 512;

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end < 0 ? field.length : end).toString("utf8");
}

/** A numeric header field: octal text, or base-256 when the high bit of the first byte is set (GNU, large sizes). */
function number(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if ((field[0] ?? 0) & 0x80) {
    let value = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const digits = text(block, start, length).trim();
  return digits === "" ? 0 : Number.parseInt(digits, 8);
}

/** PAX extended header records: `LEN key=value\n`. */
function paxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(at, space).toString("ascii"), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}

const TYPES: Record<string, LayerEntry["type"]> = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "5": "dir",
  "2": "symlink",
  "1": "hardlink",
};

/** Picks the decompressor by the stream's first bytes. */
async function decompressed(
  stream: Readable,
): Promise<{ body: AsyncIterable<Buffer>; compression: LayerListing["compression"] }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let head = Buffer.alloc(0);
  const pending: Buffer[] = [];
  while (head.length < 4) {
    const next = await iterator.next();
    if (next.done) break;
    pending.push(next.value);
    head = Buffer.concat([head, next.value]);
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield* pending;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const { Readable: R } = await import("node:stream");
  const source = R.from(replay());
  if (head[0] === 0x1f && head[1] === 0x8b) return { body: source.pipe(zlib.createGunzip()), compression: "gzip" };
  if (head.readUInt32LE(0) === 0xfd2fb528) {
    const zstd = (zlib as unknown as { createZstdDecompress?: () => NodeJS.ReadWriteStream }).createZstdDecompress;
    if (!zstd) throw new Error(`this Node (${process.version}) cannot read zstd layers; Node 22.15 or newer can`);
    return { body: source.pipe(zstd()) as unknown as AsyncIterable<Buffer>, compression: "zstd" };
  }
  return { body: source, compression: "none" };
}

/** Lists a layer's entries from its blob stream, keeping the first `limit`. */
export async function listLayer(stream: Readable, limit = 5000): Promise<LayerListing> {
  const { body, compression } = await decompressed(stream);
  const entries: LayerEntry[] = [];
  let total = 0;
  let buffer: Buffer = Buffer.alloc(0);
  let skip = 0; // content bytes (padded) still to pass over
  let collect: { kind: "pax" | "longname" | "longlink"; size: number } | undefined;
  let pax = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  for await (const chunk of body) {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    for (;;) {
      if (skip > 0) {
        const passed = Math.min(skip, buffer.length);
        buffer = buffer.subarray(passed);
        skip -= passed;
        if (skip > 0) break;
      }
      if (collect) {
        const padded = Math.ceil(collect.size / BLOCK) * BLOCK;
        if (buffer.length < padded) break;
        const data = buffer.subarray(0, collect.size);
        if (collect.kind === "pax") pax = paxRecords(data);
        else if (collect.kind === "longname") longName = text(data, 0, data.length);
        else longLink = text(data, 0, data.length);
        buffer = buffer.subarray(padded);
        collect = undefined;
        continue;
      }
      if (buffer.length < BLOCK) break;
      const header = buffer.subarray(0, BLOCK);
      buffer = buffer.subarray(BLOCK);
      if (header.every((b) => b === 0)) continue; // end-of-archive blocks
      const typeflag = String.fromCharCode(header[156] ?? 0);
      const size = number(header, 124, 12);
      if (typeflag === "x" || typeflag === "L" || typeflag === "K") {
        collect = { kind: typeflag === "x" ? "pax" : typeflag === "L" ? "longname" : "longlink", size };
        continue;
      }
      if (typeflag === "g") {
        skip = Math.ceil(size / BLOCK) * BLOCK;
        continue;
      }
      const prefix = text(header, 257, 6).startsWith("ustar") ? text(header, 345, 155) : "";
      const name = pax.get("path") ?? longName ?? (prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100));
      const link = pax.get("linkpath") ?? longLink ?? text(header, 157, 100);
      const realSize = pax.has("size") ? Number(pax.get("size")) : size;
      const type = TYPES[typeflag] ?? "other";
      total++;
      if (entries.length < limit) {
        const base = name.replace(/\/$/, "").split("/").pop() ?? "";
        entries.push({
          path: name.replace(/^\.\//, ""),
          type,
          size: type === "file" ? realSize : 0,
          mode: number(header, 100, 8),
          ...(type === "symlink" || type === "hardlink" ? { linkTarget: link } : {}),
          ...(base.startsWith(".wh.") ? { whiteout: true } : {}),
        });
      }
      pax = new Map();
      longName = undefined;
      longLink = undefined;
      // Hard links, symlinks and directories carry no content whatever their size field says.
      skip = type === "file" || type === "other" ? Math.ceil(realSize / BLOCK) * BLOCK : 0;
    }
  }
  return { entries, total, compression };
}
