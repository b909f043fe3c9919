/**
 * Office errors → HostError with a sentence the user can act on (Vietnamese; the code is kept for
 * support), and the retry Excel needs while a cell is being edited.
 */
import { HostError, type HostErrorKind } from "./host";

/** Attempts for one user action: the first try plus three retries while Excel is in cell-edit mode. */
export const MAX_ATTEMPTS = 4;

/** Back-off before retry n (1-based), in milliseconds. */
export const RETRY_DELAYS_MS: readonly number[] = [300, 600, 1200];

// Enter, never Esc: Esc would throw away what the clerk was typing.
const CELL_EDIT_MESSAGE =
  "Excel vẫn đang sửa một ô. Nhấn Enter để xong ô đó (nội dung đã gõ được giữ lại), rồi bấm lại.";

const KIND_BY_CODE: Readonly<Record<string, HostErrorKind>> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  AccessDenied: "protected",
  ItemNotFound: "sheetNotFound",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  PayloadTooLarge: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  ApiNotAvailable: "notSupported",
  ApiNotFound: "notSupported",
  UnsupportedOperation: "notSupported",
  ActivityLimitReached: "busy",
  Conflict: "busy",
  ServiceNotAvailable: "busy",
  RequestAborted: "busy",
};

const MESSAGE_BY_KIND: Readonly<Record<HostErrorKind, string>> = {
  cellEditMode: CELL_EDIT_MESSAGE,
  protected:
    "Trang tính đang được bảo vệ nên không thể ghi. Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.",
  sheetNotFound: "Không tìm thấy trang tính (có thể đã bị đổi tên hoặc xoá). Làm mới danh sách rồi thử lại.",
  payloadTooLarge: "Dữ liệu quá lớn cho một lần ghi của Excel. Hãy chia nhỏ trang tính rồi thử lại.",
  notSupported: "Phiên bản Excel này không hỗ trợ thao tác này. Hãy cập nhật Excel hoặc dùng Excel trên web.",
  busy: "Excel đang bận. Đợi một lát rồi thử lại.",
  unknown: "Excel báo lỗi khi thực hiện thao tác.",
};

/** A HostError of a kind with its standard sentence (for failures the adapter detects itself). */
export function hostError(kind: HostErrorKind, code?: string): HostError {
  return new HostError(kind, MESSAGE_BY_KIND[kind], code);
}

/** The Office error code of a thrown value (`OfficeExtension.Error.code`), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function kindOf(code: string | undefined, message: string): HostErrorKind {
  if (code !== undefined && KIND_BY_CODE[code] !== undefined) return KIND_BY_CODE[code];
  // Excel reports writes to a protected sheet as a generic InvalidOperation on some platforms.
  if (/protect/i.test(message)) return "protected";
  return "unknown";
}

/** Maps anything thrown by Office.js to a HostError (HostErrors pass through unchanged). */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = officeErrorCode(error);
  const kind = kindOf(code, errorMessage(error));
  const base = MESSAGE_BY_KIND[kind];
  if (kind !== "unknown") return new HostError(kind, base, code);
  // No Office code: a failure in the add-in itself, not in Excel. Say so, with its text for support.
  const message =
    code === undefined
      ? `Phần bổ trợ gặp lỗi khi thực hiện thao tác: ${errorMessage(error)}`
      : `${base} Mã lỗi: ${code} (${errorMessage(error)}).`;
  return new HostError(kind, message, code);
}

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one user action; retries it when Excel is in cell-edit mode (nothing was applied then), maps every
 * failure to a HostError. `attempt` must perform exactly one `Excel.run`.
 */
export async function runAction<T>(attempt: () => Promise<T>, sleep: Sleep = realSleep): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const hostError = toHostError(error);
      if (hostError.kind !== "cellEditMode" || tries >= MAX_ATTEMPTS) throw hostError;
      await sleep(RETRY_DELAYS_MS[tries - 1] ?? 1000);
    }
  }
}
