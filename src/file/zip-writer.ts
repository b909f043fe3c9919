/**
 * A minimal ZIP writer: exceljs compresses with a JavaScript deflate that takes most of the time of
 * writing a large summary, so the package is written uncompressed by exceljs and compressed here with the
 * platform's native deflate (Node's zlib, the browser's CompressionStream: platform.ts). Plain ZIP (no
 * ZIP64: an .xlsx we write stays far below 4 GB), UTF-8 names, a fixed timestamp so that the same plans
 * give the same bytes.
 */
import { concatBytes, utf8Bytes } from "./bytes";
import { deflateRaw, nativeCrc32 } from "./platform";

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const DOS_TIME = 0;
// 1980-01-01, the earliest DOS date.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

let crcTable: Int32Array | undefined;

/** CRC-32 of the data (natively where the platform has it, else a table). */
function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
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
 * record, returns the archive comment (see output-signature.ts).
 */
export async function zipEntries(
  entries: readonly ZipEntry[],
  comment?: (body: Uint8Array) => string | Promise<string>,
): Promise<Uint8Array> {
  const compressed = await Promise.all(entries.map((entry) => deflateRaw(entry.data)));
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = utf8Bytes(entry.name);
    const body = compressed[index]!;
    const crc = crc32(entry.data);
    const local = record(30, (u16, u32) => {
      u32(0, 0x04034b50);
      u16(4, VERSION);
      u16(6, UTF8_NAMES);
      u16(8, DEFLATE);
      u16(10, DOS_TIME);
      u16(12, DOS_DATE);
      u32(14, crc);
      u32(18, body.length);
      u32(22, entry.data.length);
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
      u32(24, entry.data.length);
      u16(28, name.length);
      u32(42, offset);
    });
    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  });
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
