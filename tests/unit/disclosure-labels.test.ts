import { describe, expect, it } from "vitest";
import { RECORD_TYPE_LABELS, recordTypeLabel } from "@/lib/disclosures/labels";

describe("disclosure record type labels", () => {
  it("names every known record type in Danish", () => {
    expect(recordTypeLabel("Note")).toBe("notat");
    expect(recordTypeLabel("Person")).toBe("stamdata");
    expect(recordTypeLabel("Deadline")).toBe("frist");
    expect(Object.keys(RECORD_TYPE_LABELS).sort()).toEqual(["Deadline", "Note", "Person"]);
  });
  it("falls back to the raw value for an unknown type", () => {
    expect(recordTypeLabel("Consent")).toBe("Consent");
    expect(recordTypeLabel("toString")).toBe("toString");
  });
});
