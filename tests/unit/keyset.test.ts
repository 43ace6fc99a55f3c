import { describe, expect, it } from "vitest";
import { decodeKeyset, encodeKeyset, pageOf } from "@/lib/db/keyset";

const ID = "0b0c8a52-3f0e-4a47-9c1e-1d2f3a4b5c6d";

describe("keyset cursors", () => {
  it("round-trips dates, missing dates and ids", () => {
    const at = new Date("2026-12-03T10:15:00.000Z");
    expect(decodeKeyset(encodeKeyset([at, null, ID]), ["date", "date?", "uuid"])).toEqual([at, null, ID]);
  });

  it("treats anything malformed as the first page", () => {
    const kinds = ["date", "uuid"] as const;
    for (const raw of [undefined, "", "not-base64-json", encodeKeyset([ID]), encodeKeyset([null, ID]), encodeKeyset(["yesterday", ID]), encodeKeyset([new Date(), "x'; DROP"]), "a".repeat(600)]) {
      expect(decodeKeyset(raw, kinds)).toBeNull();
    }
  });

  it("says there is a next page only when a row beyond the limit came back", () => {
    const rows = [1, 2, 3].map((n) => ({ n, id: ID }));
    expect(pageOf(rows, 3, (r) => [r.id])).toEqual({ rows, nextCursor: null });
    const page = pageOf(rows, 2, (r) => [new Date(Date.UTC(2026, 0, r.n)), r.id]);
    expect(page.rows.map((r) => r.n)).toEqual([1, 2]);
    expect(decodeKeyset(page.nextCursor!, ["date", "uuid"])).toEqual([new Date(Date.UTC(2026, 0, 2)), ID]);
  });
});
