/**
 * A minimal ZIP writer: exceljs compresses with a JavaScript deflate that takes most of the time of
 * writing a large summary, so the package is written uncompressed by exceljs and compressed here with the
 * platform's native deflate (Node's zlib, the browser's CompressionStream: platform.ts). Plain ZIP (no
 * ZIP64: an .xlsx we write stays far below 4 GB), UTF-8 names, a fixed timestamp so that the same plans
 * give the same bytes. A part too large to hold as one string (the rows of a large summary) is given as
 * chunks, made, deflated and let go one at a time.
 */
import { concatBytes, utf8Bytes } from "./bytes";
import { deflateRaw, deflateRawChunks, nativeCrc32 } from "./platform";

/** A part's bytes as chunks, made when the archive is written (once). */
export interface ChunkedData {
  chunks(): Iterable<Uint8Array>;
}

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array | ChunkedData;
}

const DOS_TIME = 0;
// 1980-01-01, the earliest DOS date.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;
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

/**
 * The ZIP archive of the entries, in order, each deflated; `comment`, given the bytes before the end
 * record, returns the archive comment (see output-signature.ts). A part or archive past `maxBytes` (plain
 * ZIP's 32-bit limit) is refused.
 */
export async function zipEntries(
  entries: readonly ZipEntry[],
  comment?: (body: Uint8Array) => string | Promise<string>,
  maxBytes: number = MAX_ZIP32,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8Bytes(entry.name);
    const { body, crc, size } = await deflated(entry.data);
    // Plain ZIP counts in 32 bits: past that the archive would be silently wrong, so it is refused.
    if (Math.max(size, offset + body.length) > maxBytes) {
      throw new Error(`${entry.name}: ${size} bytes, more than a ZIP without ZIP64 holds (${maxBytes})`);
    }
    const local = record(30, (u16, u32) => {
      u32(0, 0x04034b50);
      u16(4, VERSION);
      u16(6, UTF8_NAMES);
      u16(8, DEFLATE);
      u16(10, DOS_TIME);
      u16(12, DOS_DATE);
      u32(14, crc);
      u32(18, body.length);
      u32(22, size);
      u16(26, name.length);
      u16(28, 0);
    });
    const header = record(46, (u16, u32) => {
      u32(0, 0x02014b50);
      u16(4, VERSION);
      u16(6, VERSION);
      u16(8, UTF8_NAMES);
      u16(10, DEFLATE);
      u16(12, DOS_TIME);
      u16(14, DOS_DATE);
      u32(16, crc);
      u32(20, body.length);
      u32(24, size);
      u16(28, name.length);
      u32(42, offset);
    });
    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const archive = concatBytes([...parts, ...central]);
  const text = utf8Bytes((await comment?.(archive)) ?? "");
  const end = record(22, (u16, u32) => {
    u32(0, 0x06054b50);
    u16(8, entries.length);
    u16(10, entries.length);
    u32(12, centralSize);
    u32(16, offset);
    u16(20, text.length);
  });
  return concatBytes([archive, end, text]);
}

/** A part deflated, with the CRC-32 and the size of its bytes. */
async function deflated(
  data: Uint8Array | ChunkedData,
): Promise<{ readonly body: Uint8Array; readonly crc: number; readonly size: number }> {
  if (data instanceof Uint8Array) {
    return { body: await deflateRaw(data), crc: crc32(data), size: data.length };
  }
  const source = data;
  let crc = 0;
  let size = 0;
  function* counted(): Iterable<Uint8Array> {
    for (const chunk of source.chunks()) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
  }
  const body = concatBytes(await deflateRawChunks(counted()));
  return { body, crc, size };
}
