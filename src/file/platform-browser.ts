/**
 * platform.ts's contract on the browser's own APIs (CompressionStream, Web Crypto), for the web page: no
 * library, nothing fetched. CompressionStream's deflate-raw is in every current browser (Chrome and Edge
 * 103, Firefox 113, Safari 16.4); Web Crypto only in a secure context, so sha256.ts stands in elsewhere.
 */
import { sha256HexSync } from "./sha256";

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The data deflated without a zlib header (a ZIP entry's body). */
export async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const compressor = new CompressionStream("deflate-raw");
  const writer = compressor.writable.getWriter();
  // Written and closed without waiting: the readable side is drained below, or the write would stall.
  // A failed write errors the readable side too, which collect() reports: nothing is lost here.
  void writer
    .write(data as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  return collect(compressor.readable);
}

/**
 * Deflates the chunks as one raw stream, fed to the compressor one at a time, handing each piece of it to
 * `out` as it is made. A chunk is never handed back for reuse (`done`): the stream may hold it.
 */
export async function deflateRawChunks(
  chunks: Iterable<Uint8Array>,
  out: (bytes: Uint8Array) => Promise<void>,
  _done?: (chunk: Uint8Array) => void,
): Promise<void> {
  const compressor = new CompressionStream("deflate-raw");
  const writer = compressor.writable.getWriter();
  const feed = async (): Promise<void> => {
    for (const chunk of chunks) await writer.write(chunk as Uint8Array<ArrayBuffer>);
    await writer.close();
  };
  // Fed while the readable side is drained below (a write waits for room); a failed write errors the
  // readable side too, which the reading below reports.
  void feed().catch((error: unknown) => writer.abort(error).catch(() => undefined));
  const reader = compressor.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    try {
      await out(value);
    } catch (error) {
      // Stops the feeding too: nothing is left waiting for room.
      await reader.cancel(error).catch(() => undefined);
      throw error;
    }
  }
}

/** SHA-256 of the data as 64 lower-case hex digits. */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  // Undefined on a page served over plain http (not a secure context).
  if (globalThis.crypto?.subtle === undefined) return sha256HexSync(data);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** No native CRC-32 in browsers: the zip writer uses its table. */
export const nativeCrc32: ((data: Uint8Array, previous?: number) => number) | undefined = undefined;
