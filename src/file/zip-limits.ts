/**
 * The unpacked size a zip package declares, read from its central directory without inflating anything,
 * so that a zip bomb is refused before the reading library expands it in memory.
 */
import { littleEndian } from "./bytes";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
// A Zip64 size (0xFFFFFFFF) means "4 GB or more": count it as such, which is over any limit we set.
const ZIP64_MARK = 0xffffffff;

/** Total uncompressed bytes of every entry, or undefined when the directory cannot be found (left to the reader). */
export function declaredUnpackedSize(bytes: Uint8Array): number | undefined {
  const { u16, u32 } = littleEndian(bytes);
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= earliest; i -= 1) {
    if (u32(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = u16(end + 10);
  let at = u32(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) return undefined;
    const size = u32(at + 24);
    total += size === ZIP64_MARK ? 2 ** 32 : size;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return total;
}
