/**
 * The zip writer's sink for a file (archive-sink.ts), on Node: each piece of the archive is written as it
 * is made, so the CLI holds no more of a large package than the part it is making. The signature's
 * SHA-256 reads the file back (its local headers are completed in place, after their bytes).
 */
import crypto from "crypto";
import { promises as fs } from "fs";
import type { ArchiveSink } from "./archive-sink";

/** Bytes read at a time when the written file is hashed. */
const READ_BLOCK = 1 << 20;

/** An archive sink writing to a new file at `path` (replaced if it exists); close it when done. */
export async function archiveFile(path: string): Promise<ArchiveSink & { close(): Promise<void> }> {
  const handle = await fs.open(path, "w+");
  let length = 0;
  const writeAt = async (bytes: Uint8Array, position: number): Promise<void> => {
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
      done += bytesWritten;
    }
  };
  return {
    get length() {
      return length;
    },
    async write(bytes) {
      await writeAt(bytes, length);
      length += bytes.length;
    },
    async patch(offset, bytes) {
      if (offset + bytes.length > length) throw new Error(`archive file: a patch past its end (${length})`);
      await writeAt(bytes, offset);
    },
    async truncate(offset) {
      await handle.truncate(offset);
      length = offset;
    },
    async sha256Hex() {
      const hash = crypto.createHash("sha256");
      const block = new Uint8Array(Math.min(READ_BLOCK, length));
      for (let at = 0; at < length;) {
        const { bytesRead } = await handle.read(block, 0, Math.min(block.length, length - at), at);
        if (bytesRead === 0) throw new Error(`archive file: ended at ${at} of ${length} bytes`);
        hash.update(block.subarray(0, bytesRead));
        at += bytesRead;
      }
      return hash.digest("hex");
    },
    close: () => handle.close(),
  };
}
