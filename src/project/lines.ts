/** Maps offsets of a text to 1-based lines and columns, and to UTF-8 byte offsets. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
      this.starts.push(index + 1);
    }
  }

  /** 1-based line and column (UTF-16 units) of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1 };
  }

  /** Offset of the start of the line holding `offset`. */
  lineStart(offset: number): number {
    const { line } = this.position(offset);
    return this.starts[line - 1] ?? 0;
  }

  /** The text of the line holding `offset`, without its newline. */
  lineOf(offset: number): string {
    const start = this.lineStart(offset);
    const end = this.text.indexOf("\n", start);
    return this.text.slice(start, end === -1 ? this.text.length : end);
  }

  private lineBytes: number[] | undefined;

  /** UTF-8 byte offset of a UTF-16 offset; line starts are counted once, so many lookups stay linear. */
  byteOffset(offset: number): number {
    if (!this.lineBytes) {
      let bytes = 0;
      this.lineBytes = this.starts.map((start, index) => {
        const before = bytes;
        const next = this.starts[index + 1] ?? this.text.length;
        bytes += Buffer.byteLength(this.text.slice(start, next), "utf8");
        return before;
      });
    }
    const { line } = this.position(offset);
    const start = this.starts[line - 1] ?? 0;
    return (this.lineBytes[line - 1] ?? 0) + Buffer.byteLength(this.text.slice(start, offset), "utf8");
  }
}
