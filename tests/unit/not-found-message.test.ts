import { describe, expect, it } from "vitest";
import { NotFoundError, notFoundMessage } from "@/lib/access/errors";

describe("the Danish answer for a missing record", () => {
  it("names the kind of record, and says the same whether it is missing or hidden", () => {
    expect(notFoundMessage(new NotFoundError("task"))).toBe("Opgaven findes ikke, eller du har ikke adgang til den.");
    expect(notFoundMessage(new NotFoundError("case"))).toBe("Sagen findes ikke, eller du har ikke adgang til den.");
    expect(notFoundMessage(new NotFoundError("something new"))).toBe("Posten findes ikke, eller du har ikke adgang til den.");
  });
});
