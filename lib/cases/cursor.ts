import { isPlausibleKeyDate } from "@/lib/db/keyset";

// Keyset pagination over (updatedAt DESC, id DESC): no OFFSET, stable pages.
export type CaseCursor = { updatedAt: Date; id: string };

export function encodeCursor(cursor: CaseCursor): string {
  return Buffer.from(`${cursor.updatedAt.toISOString()}|${cursor.id}`).toString("base64url");
}

export function decodeCursor(raw: string | undefined): CaseCursor | null {
  if (!raw) return null;
  const [iso, id] = Buffer.from(raw, "base64url").toString("utf8").split("|");
  const updatedAt = new Date(iso ?? "");
  if (!id || !isPlausibleKeyDate(updatedAt) || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return { updatedAt, id };
}
