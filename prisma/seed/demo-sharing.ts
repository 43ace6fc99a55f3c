import { consentPeriod } from "@/lib/consents/rules";
import { copenhagenDay } from "@/lib/domain/calendar";
import type { Db } from "@/lib/db/types";

// Demo sharing, so the familieambulatorium's view shows what a consent opens:
// on some of Vejle's cases the woman has given written consent for the clinic
// to see her stamdata, health, substance use and plans for a year, and both
// organisations have written notes. Cases 1-3 stay untouched: the e2e tests
// build their own sharing on them.

const DAY = 86_400_000;

export function sharesDemoConsent(index: number): boolean {
  return index >= 4 && index % 4 === 0;
}

type Party = { org: { id: string; name: string }; user: { id: string; name: string } };

export async function seedDemoSharing(db: Db, input: { caseId: string; kommune: Party; clinic: Party; now: number }): Promise<void> {
  const { caseId, kommune, clinic, now } = input;
  // Signed 20 days ago, for the default year: the same period the app gives a consent recorded that day.
  const period = consentPeriod(copenhagenDay(new Date(now - 20 * DAY)), undefined, new Date(now));
  if ("error" in period) throw new Error(period.error);
  const { from: validFrom, until: validUntil } = period;
  const consent = await db.consent.create({
    data: {
      caseId, recordedByOrgId: kommune.org.id, recordedByUserId: kommune.user.id, givenBy: "MOTHER", givenByName: "Kvinden selv",
      direction: "VIDEREGIVE", form: "SKRIFTLIGT", evidence: "Underskrevet samtykkeerklæring (skabelon 4.0) scannet til sagen",
      purpose: "Koordinering af graviditetsforløbet mellem familieafdelingen og familieambulatoriet",
      validFrom, validUntil,
    },
    select: { id: true },
  });
  await db.sharingBasis.createMany({
    data: (["STAMDATA", "HELBRED", "RUSMIDDEL", "PLAN"] as const).map((category) => ({
      caseId, recipientOrgId: clinic.org.id, category, kind: "CONSENT" as const, consentId: consent.id,
      // The basis ends with its consent (it never expired before).
      grantedByOrgId: kommune.org.id, grantedByName: kommune.user.name, validFrom, validTo: validUntil,
    })),
  });
  const note = (author: Party, category: "SOCIALE_FORHOLD" | "RUSMIDDEL" | "HELBRED", text: string, daysAgo: number) => ({
    caseId, authorOrgId: author.org.id, authorUserId: author.user.id, authorName: author.user.name, category, text,
    createdAt: new Date(now - daysAgo * DAY),
  });
  await db.note.createMany({
    data: [
      note(kommune, "SOCIALE_FORHOLD", "Kvinden bor midlertidigt hos sin mor. Boligsag oprettet i borgerservice.", 12),
      note(kommune, "RUSMIDDEL", "Kvinden oplyser dagligt forbrug af hash, ingen andre stoffer. Henvist til rusmiddelcentret.", 10),
      note(clinic, "HELBRED", "Første konsultation i familieambulatoriet. Scanning normal. Næste tid om 3 uger.", 6),
    ],
  });
}
