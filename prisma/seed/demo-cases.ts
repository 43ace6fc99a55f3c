import type { Stage } from "@/lib/db/types";

// Fictitious people. CPR numbers are generated from a fixed seed so the demo
// is the same on every machine; they are valid in form (date and century
// digit) and chosen so none is a real person's by design: serials 9xxx.

const FIRST = ["Maja", "Emma", "Sofie", "Ida", "Freja", "Laura", "Anna", "Clara", "Mathilde", "Josefine", "Nanna", "Cecilie", "Louise", "Sara", "Camilla", "Line", "Katrine", "Mette", "Pernille", "Tina"];
const LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen"];
const STAGE_CYCLE: Stage[] = ["OPSPORING", "UDREDNING", "INDSATS", "OPFOELGNING", "AFSLUTTET", "UDREDNING", "INDSATS", "OPSPORING"];

/** Tiny deterministic PRNG (mulberry32): the same demo everywhere. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DemoCase = {
  firstName: string;
  lastName: string;
  cpr: string;
  birthDate: Date;
  stage: Stage;
  terminInDays: number;
  openedDaysAgo: number;
  /** Index into the kommune list: 0 = Vejle, 1 = Fredericia. */
  kommune: 0 | 1;
  participants: ("familieambulatoriet" | "other-kommune" | "rusmiddel" | "sundhedspleje")[];
  unbornChild: boolean;
};

export function demoCases(count = 40): DemoCase[] {
  const rnd = random(20261123);
  return Array.from({ length: count }, (_, i) => {
    const year = 1990 + Math.floor(rnd() * 15); // 1990-2004: digit 7 is 0-3 (1900s) or 4 (2000s)
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const century7 = year >= 2000 ? "4" : String(Math.floor(rnd() * 4));
    const serial = `${century7}9${Math.floor(rnd() * 10)}${2 * Math.floor(rnd() * 5)}`; // even last digit: female
    const pad = (n: number) => String(n).padStart(2, "0");
    const cpr = `${pad(day)}${pad(month)}${pad(year % 100)}${serial}`;
    const stage = STAGE_CYCLE[i % STAGE_CYCLE.length]!;
    const participants: DemoCase["participants"] = [];
    if (i % 2 === 0) participants.push("familieambulatoriet");
    if (i % 5 === 0) participants.push("other-kommune");
    if (i % 3 === 0) participants.push("rusmiddel");
    // The familieambulatorium's netværksmøder include sundhedsplejen (seed-gravide §5): some cases in indsats have both.
    if (stage === "OPFOELGNING" || (i % 6 === 0 && stage === "INDSATS")) participants.push("sundhedspleje");
    return {
      firstName: FIRST[i % FIRST.length]!,
      lastName: LAST[(i * 7) % LAST.length]!,
      cpr,
      birthDate: new Date(Date.UTC(year, month - 1, day)),
      stage,
      terminInDays: 20 + Math.floor(rnd() * 200),
      openedDaysAgo: 5 + Math.floor(rnd() * 120),
      kommune: (i % 4 === 3 ? 1 : 0) as 0 | 1,
      participants,
      unbornChild: i % 6 === 1,
    };
  });
}
