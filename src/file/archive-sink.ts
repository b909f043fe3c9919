/**
 * Where the zip writer (zip-writer.ts) puts an archive's bytes as it makes them: in memory (the web page
 * and the pane offer the package as bytes), or a file for the CLI (archive-file.ts), so that a package of
 * a million rows is never held whole. Bytes are appended; a part's local header, written before its
 * bytes, is completed in place once they are all written; a part that must be made again is cut off.
 */
import { concatBytes } from "./bytes";
import { sha256Hex } from "./platform";

export interface ArchiveSink {
  /** Bytes written so far (the offset of the next one). */
  readonly length: number;
  /** Appends the bytes (the sink may keep them: the caller does not change them afterwards). */
  write(bytes: Uint8Array): Promise<void>;
  /** Writes `bytes` over the same number of bytes written before, from `offset` (a written call's start). */
  patch(offset: number, bytes: Uint8Array): Promise<void>;
  /** Drops every byte from `offset` (a written call's start) on. */
  truncate(offset: number): Promise<void>;
  /** SHA-256, as 64 lower-case hex digits, of every byte written so far. */
  sha256Hex(): Promise<string>;
}

/** A sink holding the archive in memory, each written call's bytes as they were given. */
export function memorySink(): ArchiveSink & { bytes(): Uint8Array } {
  const pieces: Uint8Array[] = [];
  // The offset at which each piece starts.
  const starts: number[] = [];
  let length = 0;
  const pieceAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const start = starts[mid]!;
      if (start === offset) return mid;
      if (start < offset) low = mid + 1;
      else high = mid - 1;
    }
    throw new Error(`archive in memory: no write started at byte ${offset}`);
  };
  return {
    get length() {
      return length;
    },
    async write(bytes) {
      if (bytes.length === 0) return;
      pieces.push(bytes);
      starts.push(length);
      length += bytes.length;
    },
    async patch(offset, bytes) {
      const i = pieceAt(offset);
      if (pieces[i]!.length !== bytes.length) {
        throw new Error(`archive in memory: a patch of ${bytes.length} bytes over ${pieces[i]!.length}`);
      }
      pieces[i] = bytes;
    },
    async truncate(offset) {
      if (offset === length) return;
      const i = pieceAt(offset);
      pieces.length = i;
      starts.length = i;
      length = offset;
    },
    sha256Hex: () => sha256Hex(concatBytes(pieces)),
    bytes: () => concatBytes(pieces),
  };
}
