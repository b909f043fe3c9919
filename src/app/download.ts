/** Offers bytes as a file download: a blob URL made on this page, so nothing goes over the network. */

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** `phuong-lam-ha.xlsx` (or `Báo cáo/phuong-lam-ha.xlsx`) → `phuong-lam-ha - Phụ lục.xlsx`. */
export function annexFileName(source: string): string {
  const stem = source.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return `${stem} - Phụ lục.xlsx`;
}

export function downloadBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has taken the blob by then; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
