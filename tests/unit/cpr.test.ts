import { describe, expect, it } from "vitest";
import {
  CPR_MOD11_WARNING,
  cprCentury,
  cprErrorMessage,
  formatCpr,
  maskCpr,
  normalizeCpr,
  parseCpr,
  passesModulus11,
} from "@/lib/domain/cpr";
import { createCprSchema, cprSchema } from "@/lib/validation/cpr-schema";

// A clock far enough ahead that 2000s dates up to 2057 are not "future".
const FAR_FUTURE = { now: new Date("2060-01-01T12:00:00Z") };

/** Builds DDMMYY + century digit + "123" (serial ends odd: male). */
const cpr = (ddmmyy: string, digit7: number) => `${ddmmyy}${digit7}123`;

function birthDateOf(input: string, options = FAR_FUTURE): string {
  const result = parseCpr(input, options);
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result.birthDate;
}

describe("normalizeCpr", () => {
  it.each([
    ["010190-1234", "0101901234"],
    ["0101901234", "0101901234"],
    [" 010190 1234 ", "0101901234"],
    ["010190\u00a01234", "0101901234"],
  ])("normalizes %j", (input, expected) => {
    expect(normalizeCpr(input)).toBe(expected);
  });

  it("leaves a misplaced or second dash so the number fails FORMAT", () => {
    expect(normalizeCpr("0101-901234")).toBe("0101-901234");
    expect(parseCpr("0101-90-1234")).toEqual({ ok: false, error: "FORMAT" });
  });
});

describe("century table (danish-rules.md § 4.1)", () => {
  it.each([
    // [digit 7, yy, expected century]
    [0, 0, 1900], [3, 36, 1900], [2, 57, 1900], [1, 99, 1900],
    [4, 0, 2000], [4, 36, 2000], [4, 37, 1900], [4, 57, 1900], [4, 58, 1900], [4, 99, 1900],
    [9, 0, 2000], [9, 36, 2000], [9, 37, 1900], [9, 58, 1900],
    [5, 0, 2000], [6, 36, 2000], [7, 37, 2000], [8, 57, 2000], [5, 58, 1800], [8, 99, 1800],
  ])("digit %i with yy %i -> %i", (digit7, yy, century) => {
    expect(cprCentury(digit7, yy)).toBe(century);
  });

  it("returns null (CENTURY) only outside the 0-9 digit range", () => {
    expect(cprCentury(10, 0)).toBeNull();
    expect(cprCentury(-1, 50)).toBeNull();
  });

  it.each([
    [cpr("010190", 1), "1990-01-01"],
    [cpr("010105", 3), "1905-01-01"],
    [cpr("150336", 4), "2036-03-15"],
    [cpr("150337", 4), "1937-03-15"],
    [cpr("150358", 9), "1958-03-15"],
    [cpr("150357", 5), "2057-03-15"],
    [cpr("150358", 5), "1858-03-15"],
    [cpr("311299", 8), "1899-12-31"],
    [cpr("010100", 6), "2000-01-01"],
  ])("parses %s as %s", (input, expected) => {
    expect(birthDateOf(input)).toBe(expected);
  });
});

describe("dates", () => {
  it("accepts 29 Feb 2000 (leap: divisible by 400)", () => {
    expect(birthDateOf(cpr("290200", 4))).toBe("2000-02-29");
  });

  it("rejects 29 Feb 1900 (not leap: divisible by 100)", () => {
    expect(parseCpr(cpr("290200", 0), FAR_FUTURE)).toEqual({ ok: false, error: "DATE" });
  });

  it("accepts 29 Feb 1996 and 2056, rejects 29 Feb 1858", () => {
    expect(birthDateOf(cpr("290296", 1))).toBe("1996-02-29");
    expect(birthDateOf(cpr("290256", 5))).toBe("2056-02-29");
    expect(parseCpr(cpr("290258", 5), FAR_FUTURE)).toEqual({ ok: false, error: "DATE" });
  });

  it.each(["310290", "300290", "290201", "310490", "320190", "000190", "010090", "011390"])(
    "rejects impossible date %s",
    (ddmmyy) => {
      expect(parseCpr(cpr(ddmmyy, 1), FAR_FUTURE)).toEqual({ ok: false, error: "DATE" });
    },
  );
});

describe("FORMAT", () => {
  it.each(["", "123456789", "01019012345", "01019a1234", "010190_1234", "0101901-234"])(
    "rejects %j",
    (input) => {
      expect(parseCpr(input)).toEqual({ ok: false, error: "FORMAT" });
    },
  );
});

describe("FUTURE", () => {
  const now = new Date("2025-06-15T10:00:00Z");

  it("rejects a birth date after today and accepts today", () => {
    expect(parseCpr(cpr("160625", 4), { now })).toEqual({ ok: false, error: "FUTURE" });
    expect(parseCpr(cpr("150625", 4), { now }).ok).toBe(true);
  });

  it("uses the Danish calendar day, not UTC", () => {
    // 22:30 UTC on 14 June is 00:30 on 15 June in Copenhagen (CEST).
    expect(parseCpr(cpr("150625", 4), { now: new Date("2025-06-14T22:30:00Z") }).ok).toBe(true);
    // 21:30 UTC is still 23:30 on 14 June in Copenhagen.
    expect(parseCpr(cpr("150625", 4), { now: new Date("2025-06-14T21:30:00Z") })).toEqual({
      ok: false,
      error: "FUTURE",
    });
  });

  it("reads a 2000s digit with a future yy as future, not as the 1900s", () => {
    expect(parseCpr(cpr("010130", 5), { now })).toEqual({ ok: false, error: "FUTURE" });
  });
});

describe("sex and modulus 11", () => {
  // 0*4 + 7*3 + 0*2 + 7*7 + 6*6 + 1*5 + 4*4 + 2*3 + 8*2 + 5*1 = 154 = 14 * 11
  it("0707614285 passes modulus 11 and is a man born 1961-07-07", () => {
    expect(parseCpr("070761-4285")).toEqual({
      ok: true,
      cpr: "0707614285",
      birthDate: "1961-07-07",
      sex: "M",
      modulus11Ok: true,
    });
  });

  it("0707614286 fails modulus 11 but is still valid (female)", () => {
    // Sum 155, remainder 1. Not an error: CPR issues such numbers since 2007.
    expect(passesModulus11("0707614286")).toBe(false);
    expect(parseCpr("0707614286")).toEqual({
      ok: true,
      cpr: "0707614286",
      birthDate: "1961-07-07",
      sex: "F",
      modulus11Ok: false,
    });
  });

  it.each([
    ["0707614285", true], // remainder 0
    ["0707614286", false], // remainder 1
    ["0101901234", false], // sum 84, remainder 7
    ["0101900000", false], // sum 64, remainder 9
    ["0101900002", true], // sum 66 = 6 * 11
  ])("passesModulus11(%s) is %s", (n, expected) => {
    expect(passesModulus11(n)).toBe(expected);
  });

  it("digit 10 decides sex: even female, odd male", () => {
    const sexOf = (n: string) => {
      const r = parseCpr(n);
      return r.ok ? r.sex : r.error;
    };
    expect(sexOf("0101901230")).toBe("F");
    expect(sexOf("0101901238")).toBe("F");
    expect(sexOf("0101901231")).toBe("M");
    expect(sexOf("0101901239")).toBe("M");
  });
});

describe("maskCpr and formatCpr", () => {
  it("masks the serial", () => {
    expect(maskCpr("0101901234")).toBe("010190-XXXX");
    expect(maskCpr("010190-1234")).toBe("010190-XXXX");
  });

  it("formats with a dash", () => {
    expect(formatCpr("0101901234")).toBe("010190-1234");
    expect(formatCpr(" 010190 1234 ")).toBe("010190-1234");
  });

  it("throws on malformed input without echoing the value", () => {
    expect(() => maskCpr("12345")).toThrow(RangeError);
    expect(() => formatCpr("98765x")).toThrow(/^(?!.*98765).*$/);
  });
});

describe("messages", () => {
  it("has the Danish texts", () => {
    expect(cprErrorMessage("FORMAT")).toBe("CPR-nummeret skal have 10 cifre");
    expect(cprErrorMessage("DATE")).toBe("CPR-nummerets dato findes ikke");
    expect(cprErrorMessage("CENTURY")).toBe("CPR-nummerets 7. ciffer passer ikke med fødselsåret");
    expect(cprErrorMessage("FUTURE")).toBe("CPR-nummerets fødselsdato ligger i fremtiden");
    expect(CPR_MOD11_WARNING).toMatch(/^CPR-nummeret består ikke modulus 11-kontrollen\./);
    expect(CPR_MOD11_WARNING).toContain("siden 2007");
  });
});

describe("cprSchema (zod)", () => {
  const schema = createCprSchema({ now: () => new Date("2025-06-15T10:00:00Z") });
  const messages = (input: unknown) => {
    const r = schema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("outputs the normalized number", () => {
    expect(schema.parse(" 010190-1234 ")).toBe("0101901234");
    expect(cprSchema.parse("070761-4285")).toBe("0707614285");
  });

  it("accepts a number failing modulus 11 (warning only)", () => {
    expect(schema.safeParse("0707614286").success).toBe(true);
  });

  it.each([
    ["12345", "CPR-nummeret skal have 10 cifre"],
    [undefined, "CPR-nummeret skal have 10 cifre"],
    ["310290-1234", "CPR-nummerets dato findes ikke"],
    ["160625-4123", "CPR-nummerets fødselsdato ligger i fremtiden"],
  ])("rejects %j with %j", (input, message) => {
    expect(messages(input)).toEqual([message]);
  });

  it("reads the clock at validation time", () => {
    let now = new Date("2025-06-15T10:00:00Z");
    const clocked = createCprSchema({ now: () => now });
    expect(clocked.safeParse("160625-4123").success).toBe(false);
    now = new Date("2025-06-16T10:00:00Z");
    expect(clocked.safeParse("160625-4123").success).toBe(true);
  });
});
