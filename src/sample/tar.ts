/**
 * A minimal POSIX ustar writer: enough to build real image layers (regular files and directories) for the demo,
 * the benchmarks and the tests without a container engine.
 */

/** One entry of a layer. Directories end in `/` and have no content. */
export interface TarEntry {
  path: string;
  content?: Uint8Array | string;
  mode?: number;
  /** Modification time in seconds; fixed by default so layers are reproducible. */
  mtime?: number;
}

const BLOCK = 512;

function writeString(block: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, "utf8");
  if (bytes.length > length) throw new Error(`tar field too long: ${value}`);
  block.set(bytes, offset);
}

function writeOctal(block: Uint8Array, offset: number, length: number, value: number): void {
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, "0")}\0`);
}

function header(entry: TarEntry, size: number): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const isDir = entry.path.endsWith("/");
  let name = entry.path;
  let prefix = "";
  if (Buffer.byteLength(name) > 100) {
    // ustar splits long paths at a slash into prefix (155) and name (100).
    const cut = name.lastIndexOf("/", name.length - 2);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, entry.mode ?? (isDir ? 0o755 : 0o644));
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, entry.mtime ?? 0);
  block.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  writeString(block, 156, 1, isDir ? "5" : "0");
  writeString(block, 257, 6, "ustar\0");
  writeString(block, 263, 2, "00");
  writeString(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
  return block;
}

/** Builds an uncompressed tar archive of the entries, ending with the two zero blocks. */
export function createTar(entries: TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    const content =
      typeof entry.content === "string" ? Buffer.from(entry.content, "utf8") : (entry.content ?? new Uint8Array());
    parts.push(header(entry, content.length), content);
    const pad = (BLOCK - (content.length % BLOCK)) % BLOCK;
    if (pad > 0) parts.push(new Uint8Array(pad));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  return Buffer.concat(parts);
}
