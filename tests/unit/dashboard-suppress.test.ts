import { describe, expect, it } from "vitest";
import { showCount, showShare } from "@/lib/domain/dashboard/suppress";

describe("small-number suppression", () => {
  it("shows 1 to 4 as <5, and 0 and 5 upwards as they are", () => {
    expect([0, 1, 4, 5, 12].map((n) => showCount(n).text)).toEqual(["0", "<5", "<5", "5", "12"]);
    expect(showCount(3).suppressed).toBe(true);
    expect(showCount(0).suppressed).toBe(false);
  });

  it("hides a share whose whole, part or rest is 1 to 4", () => {
    expect(showShare(3, 4).text).toBe("–");
    expect(showShare(3, 10).text).toBe("–");
    expect(showShare(8, 10).text).toBe("–");
    expect(showShare(5, 10).text).toBe("50 %");
    expect(showShare(0, 10).text).toBe("0 %");
    expect(showShare(10, 10).text).toBe("100 %");
  });

  it("has no share of nothing, and says so without calling it suppressed", () => {
    expect(showShare(0, 0)).toEqual({ text: "–", suppressed: false });
  });
});
