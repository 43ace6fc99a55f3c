// Keyset pagination for lists that are not the case list (lib/cases/cursor.ts):
// a page ends at a cursor holding its last row's sort key, and the next page
// starts after that key. No OFFSET (which reads and throws away every earlier
// row) and no COUNT: each page costs the same however far the user goes.
// The cursor travels in the URL, so it is opaque (base64url JSON) and decoded
// strictly: anything malformed is the first page, never an error.

export type KeyKind = "date" | "date?" | "uuid";
export type KeyValue = Date | string | null;

export function encodeKeyset(values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A date PostgreSQL can hold and a real row can have. JavaScript's dates reach
 * year ±275760, far outside timestamptz: such a cursor made the query fail.
 */
export function isPlausibleKeyDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1900 && year <= 9999;
}

function decodeValue(kind: KeyKind, value: unknown): KeyValue | undefined {
  if (kind === "uuid") return typeof value === "string" && UUID.test(value) ? value : undefined;
  if (value === null) return kind === "date?" ? null : undefined;
  if (typeof value !== "string") return undefined;
  const date = new Date(value);
  return isPlausibleKeyDate(date) ? date : undefined;
}

/** The key in `raw`, shaped as `kinds`, or null (first page) when it is missing or malformed. */
export function decodeKeyset(raw: string | undefined, kinds: readonly KeyKind[]): KeyValue[] | null {
  if (!raw || raw.length > 512) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length) return null;
  const values = kinds.map((kind, i) => decodeValue(kind, parsed[i]));
  return values.some((v) => v === undefined) ? null : (values as KeyValue[]);
}

/**
 * A page from `limit + 1` fetched rows: the extra row only says there is a
 * next page, whose cursor is the key of the last row shown.
 */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => KeyValue[]): { rows: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const shown = rows.slice(0, limit);
  return { rows: shown, nextCursor: encodeKeyset(keyOf(shown[shown.length - 1]!)) };
}
