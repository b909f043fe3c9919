/** Types for production-manifest.js (plain CommonJS, required by webpack.config.js). */
export declare const DEV_ORIGIN: string;
export type HostingAddress = { ok: true; base: string; origin: string } | { ok: false; message: string };
export declare function parseHostingAddress(raw: unknown): HostingAddress;
export declare function renderProductionManifest(
  xml: string,
  hosting: { base: string; origin: string },
): string;
