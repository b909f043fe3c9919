/**
 * The zip writer's sink for a file (archive-sink.ts), on Node: each piece of the archive is written as it
 * is made, so the CLI holds no more of a large package than the part it is making. The calls are
 * synchronous (the page cache takes a piece at once; a trip through the thread pool per piece would leave
 * the command idle). The signature's SHA-256 reads the file back (its local headers are completed in
 * place, after their bytes).
 */
import crypto from "crypto";
import fs from "fs";
import type { ArchiveSink } from "./archive-sink";

/** Bytes read at a time when the written file is hashed. */
const READ_BLOCK = 1 << 20;

/** An archive sink writing to a new file at `path` (replaced if it exists); close it when done. */
export async function archiveFile(path: string): Promise<ArchiveSink & { close(): Promise<void> }> {
  const fd = fs.openSync(path, "w+");
  let length = 0;
  const writeAt = (bytes: Uint8Array, position: number): void => {
    for (let done = 0; done < bytes.length;) {
      done += fs.writeSync(fd, bytes, done, bytes.length - done, position + done);
    }
  };
  return {
    get length() {
      return length;
    },
    async write(bytes) {
      writeAt(bytes, length);
      length += bytes.length;
    },
    async patch(offset, bytes) {
      if (offset + bytes.length > length) throw new Error(`archive file: a patch past its end (${length})`);
      writeAt(bytes, offset);
    },
    async truncate(offset) {
      fs.ftruncateSync(fd, offset);
      length = offset;
    },
    async sha256Hex() {
      const hash = crypto.createHash("sha256");
      const block = new Uint8Array(Math.min(READ_BLOCK, length));
      for (let at = 0; at < length;) {
        const read = fs.readSync(fd, block, 0, Math.min(block.length, length - at), at);
        if (read === 0) throw new Error(`archive file: ended at ${at} of ${length} bytes`);
        hash.update(block.subarray(0, read));
        at += read;
      }
      return hash.digest("hex");
    },
    async close() {
      fs.closeSync(fd);
    },
  };
}
