/**
 * Byte helpers on plain Uint8Array, so the file adapter's byte-level work (zip, signature, format
 * detection) runs unchanged in Node and in a browser, where there is no Buffer.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/** The text as UTF-8 bytes. */
export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Writes the text as UTF-8 at the start of `target` (room for 3 bytes a character is enough); its length. */
export function utf8Into(text: string, target: Uint8Array): number {
  const { read, written } = encoder.encodeInto(text, target);
  if (read !== text.length) throw new Error(`utf8Into: ${text.length - read} characters left, no room`);
  return written;
}

/** UTF-8 bytes as text. */
export function utf8Text(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Each byte as the character of the same code (ISO-8859-1). */
export function latin1Text(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** The text as UTF-16LE bytes (the encoding of stream names in an OLE2 container). */
export function utf16leBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = code & 0xff;
    bytes[2 * i + 1] = code >>> 8;
  }
  return bytes;
}

/** True when `pattern` occurs anywhere in `bytes`. */
export function containsBytes(bytes: Uint8Array, pattern: Uint8Array): boolean {
  const first = pattern[0];
  if (first === undefined) return true;
  for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - pattern.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

/** A little-endian view of the bytes (ZIP records are little-endian). */
export function littleEndian(bytes: Uint8Array): {
  readonly u16: (at: number) => number;
  readonly u32: (at: number) => number;
} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { u16: (at) => view.getUint16(at, true), u32: (at) => view.getUint32(at, true) };
}

/** The parts joined into one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
