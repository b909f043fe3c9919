/**
 * The two byte services the file adapter needs from its platform, on Node: raw deflate (native zlib) and
 * SHA-256 (native crypto). platform-browser.ts is the same contract on the browser's own APIs; webpack
 * puts it in place of this file for the web page (webpack.config.js), so nothing else in src/file asks
 * where it runs.
 */
import crypto from "crypto";
import { promisify } from "util";
import zlib from "zlib";

// zlib's default: a summary of 100 000 tasks deflates to 12 MB.
const LEVEL = 6;

/** The data deflated without a zlib header (a ZIP entry's body). */
export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  return zlib.deflateRawSync(data, { level: LEVEL });
}

const deflateRawAsync = promisify(zlib.deflateRaw);

/**
 * Deflates the chunks as one raw stream, handing each piece of it to `out` as it is made, and each chunk
 * to `done` once deflated: one chunk in memory at a time (a sheet of a million rows is never one string),
 * and each deflated on zlib's own thread while the next is made. Each chunk ends on a sync flush, so the
 * pieces join into one valid stream.
 */
export async function deflateRawChunks(
  chunks: Iterable<Uint8Array>,
  out: (bytes: Uint8Array) => Promise<void>,
  done: (chunk: Uint8Array) => void = () => undefined,
): Promise<void> {
  let pending: { chunk: Uint8Array; deflated: Promise<Uint8Array> } | undefined;
  const finish = async ({ chunk, deflated }: NonNullable<typeof pending>): Promise<void> => {
    const bytes = await deflated;
    done(chunk);
    await out(bytes);
  };
  for (const chunk of chunks) {
    const deflated = deflateRawAsync(chunk, { level: LEVEL, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    // Awaited below; until then a failure must not count as unhandled.
    deflated.catch(() => undefined);
    if (pending) await finish(pending);
    pending = { chunk, deflated };
  }
  if (pending) await finish(pending);
  await out(zlib.deflateRawSync(new Uint8Array(), { level: LEVEL }));
}

/** SHA-256 of the data as 64 lower-case hex digits. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  return crypto.createHash("sha256").update(data).digest("hex");
}

/**
 * CRC-32 natively, where this Node has it (20.15 and later), continuing from `previous` (a CRC of the
 * bytes before); undefined means "use the table".
 */
export const nativeCrc32: ((data: Uint8Array, previous?: number) => number) | undefined = (
  zlib as unknown as { crc32?: (data: Uint8Array, previous?: number) => number }
).crc32;
