/**
 * A minimal ZIP writer: exceljs compresses with a JavaScript deflate that takes most of the time of
 * writing a large summary, so the package is written uncompressed by exceljs and compressed here with the
 * platform's native deflate (Node's zlib, the browser's CompressionStream: platform.ts). Plain ZIP (no
 * ZIP64: an .xlsx we write stays far below 4 GB), UTF-8 names, a fixed timestamp so that the same plans
 * give the same bytes. The archive goes to a sink as it is made (archive-sink.ts: memory, or a file for
 * the CLI), so a large package is never held whole. A part too large to hold as one string (the rows of
 * a large summary) is given as chunks, made, deflated, written and let go one at a time; its local
 * header is written first and completed once its CRC and sizes are known.
 */
import { memorySink, type ArchiveSink } from "./archive-sink";
import { utf8Bytes } from "./bytes";
import { deflateRaw, deflateRawChunks, nativeCrc32 } from "./platform";

/** A part's bytes as chunks, made when the archive is written. */
export interface ChunkedData {
  chunks(): Iterable<Uint8Array>;
  /** Told when the writer is done with a chunk: the part may fill its bytes again. */
  reuse?(chunk: Uint8Array): void;
  /**
   * Asked once all the chunks are written: true when they must be made and written again (something the
   * part said early proved wrong by its end; the second time it is right).
   */
  stale?(): boolean;
}

export interface ZipEntry {
  readonly name: string;
  /** The bytes; or made when the entry's turn comes (what came before may change them); or chunks. */
  readonly data: Uint8Array | (() => Uint8Array) | ChunkedData;
}

/** The archive's bytes before its comment, for a comment that signs them (output-signature.ts). */
export interface SignedArchive {
  readonly length: number;
  sha256Hex(): Promise<string>;
}

const DOS_TIME = 0;
// 1980-01-01, the earliest DOS date.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
const LOCAL_HEADER = 30;
/** The largest size or offset a plain (not ZIP64) ZIP records: 4 GB less a byte. */
export const MAX_ZIP32 = 0xffff_ffff;

let crcTable: Int32Array | undefined;

/** CRC-32 of the data, continuing from the CRC of the bytes before (natively where the platform can). */
function crc32(data: Uint8Array, previous = 0): number {
  if (nativeCrc32) return nativeCrc32(data, previous) >>> 0;
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = previous ^ -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** A record of `size` bytes filled by `fill` through a little-endian writer. */
function record(
  size: number,
  fill: (u16: (at: number, v: number) => void, u32: (at: number, v: number) => void) => void,
): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  fill(
    (at, v) => view.setUint16(at, v, true),
    (at, v) => view.setUint32(at, v >>> 0, true),
  );
  return bytes;
}

/** A part as the archive records it: its CRC-32, deflated length and length. */
interface Written {
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

function localHeader(name: Uint8Array, { crc, compressed, size }: Written): Uint8Array {
  return record(LOCAL_HEADER, (u16, u32) => {
    u32(0, 0x04034b50);
    u16(4, VERSION);
    u16(6, UTF8_NAMES);
    u16(8, DEFLATE);
    u16(10, DOS_TIME);
    u16(12, DOS_DATE);
    u32(14, crc);
    u32(18, compressed);
    u32(22, size);
    u16(26, name.length);
    u16(28, 0);
  });
}

function directoryHeader(name: Uint8Array, { crc, compressed, size }: Written, offset: number): Uint8Array {
  return record(46, (u16, u32) => {
    u32(0, 0x02014b50);
    u16(4, VERSION);
    u16(6, VERSION);
    u16(8, UTF8_NAMES);
    u16(10, DEFLATE);
    u16(12, DOS_TIME);
    u16(14, DOS_DATE);
    u32(16, crc);
    u32(20, compressed);
    u32(24, size);
    u16(28, name.length);
    u32(42, offset);
  });
}

/**
 * Writes the ZIP archive of the entries to `sink`, in order, each deflated; `comment`, given the bytes
 * before the end record, returns the archive comment (see output-signature.ts). A part or archive past
 * `maxBytes` (plain ZIP's 32-bit limit) is refused.
 */
export async function writeZip(
  entries: readonly ZipEntry[],
  sink: ArchiveSink,
  comment?: (archive: SignedArchive) => string | Promise<string>,
  maxBytes: number = MAX_ZIP32,
): Promise<void> {
  const central: Uint8Array[] = [];
  for (const entry of entries) {
    const name = utf8Bytes(entry.name);
    const offset = sink.length;
    const { data } = entry;
    const written =
      data instanceof Uint8Array || typeof data === "function"
        ? await writeWhole(sink, name, typeof data === "function" ? data() : data)
        : await writeChunked(sink, name, data);
    // Plain ZIP counts in 32 bits: past that the archive would be silently wrong, so it is refused.
    if (Math.max(written.size, sink.length) > maxBytes) {
      throw new Error(
        `${entry.name}: ${written.size} bytes, more than a ZIP without ZIP64 holds (${maxBytes})`,
      );
    }
    central.push(directoryHeader(name, written, offset), name);
  }
  const centralOffset = sink.length;
  for (const bytes of central) await sink.write(bytes);
  const centralSize = sink.length - centralOffset;
  const text = utf8Bytes((await comment?.({ length: sink.length, sha256Hex: () => sink.sha256Hex() })) ?? "");
  const end = record(22, (u16, u32) => {
    u32(0, 0x06054b50);
    u16(8, entries.length);
    u16(10, entries.length);
    u32(12, centralSize);
    u32(16, centralOffset);
    u16(20, text.length);
  });
  await sink.write(end);
  await sink.write(text);
}

/** A part held whole: deflated, then written after its complete header. */
async function writeWhole(sink: ArchiveSink, name: Uint8Array, data: Uint8Array): Promise<Written> {
  const body = await deflateRaw(data);
  const written = { crc: crc32(data), compressed: body.length, size: data.length };
  await sink.write(localHeader(name, written));
  await sink.write(name);
  await sink.write(body);
  return written;
}

/**
 * A part given as chunks: a header to complete, then each chunk deflated and written as it is made; a
 * part that proves stale is dropped from the sink and written again.
 */
async function writeChunked(sink: ArchiveSink, name: Uint8Array, data: ChunkedData): Promise<Written> {
  const offset = sink.length;
  for (;;) {
    const unknown = { crc: 0, compressed: 0, size: 0 };
    await sink.write(localHeader(name, unknown));
    await sink.write(name);
    const start = sink.length;
    let crc = 0;
    let size = 0;
    function* counted(): Iterable<Uint8Array> {
      for (const chunk of data.chunks()) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        yield chunk;
      }
    }
    await deflateRawChunks(
      counted(),
      (bytes) => sink.write(bytes),
      (chunk) => data.reuse?.(chunk),
    );
    if (data.stale?.()) {
      await sink.truncate(offset);
      continue;
    }
    const written = { crc, compressed: sink.length - start, size };
    await sink.patch(offset, localHeader(name, written));
    return written;
  }
}

/** The ZIP archive of the entries as bytes (see writeZip). */
export async function zipEntries(
  entries: readonly ZipEntry[],
  comment?: (archive: SignedArchive) => string | Promise<string>,
  maxBytes: number = MAX_ZIP32,
): Promise<Uint8Array> {
  const sink = memorySink();
  await writeZip(entries, sink, comment, maxBytes);
  return sink.bytes();
}
