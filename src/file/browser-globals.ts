/**
 * What exceljs and its stream library expect of Node in a browser: `Buffer` (JSZip hands entries over as
 * Buffers), `process.browser` / `process.nextTick`, and `setImmediate`. Imported first by browser.ts, so
 * they exist before exceljs's modules run; where a global already exists it is left alone.
 */
import { Buffer } from "buffer";

interface NodeLikeGlobals {
  Buffer?: unknown;
  process?: unknown;
  setImmediate?: unknown;
}

const scope = globalThis as unknown as NodeLikeGlobals;

const nextTick = (callback: (...args: unknown[]) => void, ...args: unknown[]): void =>
  queueMicrotask(() => callback(...args));

scope.Buffer ??= Buffer;
scope.process ??= { browser: true, env: {}, version: "", versions: {}, nextTick };
scope.setImmediate ??= (callback: (...args: unknown[]) => void, ...args: unknown[]) =>
  setTimeout(() => callback(...args), 0);

export {};
