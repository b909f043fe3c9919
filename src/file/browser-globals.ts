/**
 * What exceljs and its stream library expect of Node in a browser: `Buffer` (JSZip hands entries over as
 * Buffers) and `process.browser` / `process.nextTick`. Imported first by the page's entry, so they exist
 * before exceljs's modules run; where a global already exists it is left alone. `setImmediate` is left to
 * JSZip, which installs a postMessage one: a setTimeout stand-in defined here first was taken by JSZip
 * too, and browsers hold nested timeouts to 4 ms, on every step of every entry it unpacks.
 */
import { Buffer } from "buffer";

interface NodeLikeGlobals {
  Buffer?: unknown;
  process?: unknown;
}

const scope = globalThis as unknown as NodeLikeGlobals;

const nextTick = (callback: (...args: unknown[]) => void, ...args: unknown[]): void =>
  queueMicrotask(() => callback(...args));

scope.Buffer ??= Buffer;
scope.process ??= { browser: true, env: {}, version: "", versions: {}, nextTick };

export {};
