import { describe, expect, it } from "vitest";
import { defaultNoteCategory } from "@/lib/domain/categories";

describe("a new note's category", () => {
  it("follows what the writer's profession mostly writes", () => {
    expect(defaultNoteCategory("SAGSBEHANDLER")).toBe("SOCIALE_FORHOLD");
    expect(defaultNoteCategory("JORDEMODER")).toBe("HELBRED");
    expect(defaultNoteCategory("BEHANDLER")).toBe("RUSMIDDEL");
    expect(defaultNoteCategory("UKENDT")).toBe("SOCIALE_FORHOLD");
  });
});
