// Demo data: `npm run db:seed` (the start script runs it on an empty database).
// Runs as the owner. Fails loudly: a half-seeded demo is worse than none.
import { hashPassword } from "@/lib/auth/password";
import { ownerClient } from "@/lib/db/owner";
import { createCase, createOrg, createPerson, createUser } from "@/tests/fixtures/factories";
import { demoCases } from "./seed/demo-cases";
import { seedDemoReports } from "./seed/demo-reports";
import { seedDemoMeetings } from "./seed/demo-meetings";
import { DEMO_PLAN_CASE_INDEX, seedDemoPlan } from "./seed/demo-plans";
import { seedDemoSharing, sharesDemoConsent } from "./seed/demo-sharing";
import { DEMO_ORGS, DEMO_PASSWORD, DEMO_USERS } from "./seed/demo-tenants";

const DAY = 86_400_000;

async function main() {
  const client = ownerClient();
  try {
    if ((await client.organization.count()) > 0) {
      console.log("Databasen har allerede data: springer demo-data over.");
      return;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await client.$transaction(
      async (db) => {
        const orgs = new Map<string, { id: string; name: string }>();
        for (const org of DEMO_ORGS) orgs.set(org.key, await createOrg(db, org));
        const org = (key: string) => orgs.get(key)!;

        const users = new Map<string, { id: string; name: string }>();
        for (const user of DEMO_USERS) {
          users.set(
            user.email,
            await createUser(db, {
              email: user.email,
              name: user.name,
              passwordHash,
              memberships: user.memberships.map((m) => ({ orgId: org(m.org).id, role: m.role })),
            }),
          );
        }

        const kommuner = ["vejle", "fredericia"] as const;
        const caseworker = [users.get("sagsbehandler@vejle.demo")!, users.get("sagsbehandler@fredericia.demo")!];
        const now = Date.now();
        const clinic = { org: org("familieambulatoriet"), user: users.get("jordemoder@familieambulatoriet.demo")! };
        const meetingCases: string[] = [];
        let planCaseId: string | undefined;
        for (const [index, demo] of demoCases().entries()) {
          const home = kommuner[demo.kommune];
          const other = kommuner[1 - demo.kommune]!;
          const responsible = org(`${home}-familie`);
          const byUser = caseworker[demo.kommune]!;
          const termin = new Date(now + demo.terminInDays * DAY);
          const participantOrg = {
            familieambulatoriet: { orgId: org("familieambulatoriet").id, roleOnCase: "Familieambulatorium" },
            "other-kommune": { orgId: org(`${other}-familie`).id, roleOnCase: "Tidligere opholdskommune" },
            rusmiddel: { orgId: org(`${home}-rusmiddel`).id, roleOnCase: "Rusmiddelbehandling" },
            sundhedspleje: { orgId: org(`${home}-sundhedspleje`).id, roleOnCase: "Sundhedspleje" },
          };
          const mother = await createPerson(db, {
            ownerOrgId: responsible.id, firstName: demo.firstName, lastName: demo.lastName, cpr: demo.cpr, birthDate: demo.birthDate,
          });
          const common = {
            responsibleOrgId: responsible.id,
            byUser,
            stage: demo.stage,
            openedAt: new Date(now - demo.openedDaysAgo * DAY),
            participants: demo.participants.map((p) => participantOrg[p]),
          };
          const motherCase = await createCase(db, { ...common, subjectId: mother.id, kind: "GRAVID", termin });
          if (index === DEMO_PLAN_CASE_INDEX) planCaseId = motherCase.id;
          if (sharesDemoConsent(index) && demo.participants.includes("familieambulatoriet")) {
            await seedDemoSharing(db, { caseId: motherCase.id, kommune: { org: responsible, user: byUser }, clinic, now });
            if (demo.kommune === 0 && demo.stage !== "AFSLUTTET") meetingCases.push(motherCase.id);
          }
          if (demo.unbornChild) {
            const child = await createPerson(db, {
              ownerOrgId: responsible.id, firstName: "Ufødt barn af", lastName: `${demo.firstName} ${demo.lastName}`,
              motherId: mother.id, termin,
            });
            await createCase(db, { ...common, stage: "OPSPORING", subjectId: child.id, kind: "BARN", termin, motherCaseId: motherCase.id });
          }
        }
        await seedDemoMeetings(db, { caseIds: meetingCases, clinic: { orgId: clinic.org.id, user: clinic.user }, kommune: { orgId: org("vejle-familie").id, user: caseworker[0]! }, now });
        if (planCaseId) {
          await seedDemoPlan(db, {
            caseId: planCaseId, now,
            familie: { orgId: org("vejle-familie").id, writer: caseworker[0]!, leader: users.get("leder@vejle.demo")! },
            rusmiddel: { orgId: org("vejle-rusmiddel").id, user: users.get("behandler@vejle.demo")! },
            sundhedsplejeOrgId: org("vejle-sundhedspleje").id,
          });
        }
        await seedDemoReports(db, { receivingOrgId: org("vejle-familie").id, clinic: org("familieambulatoriet"), byUser: caseworker[0]!, now });
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    console.log(`Demo-data oprettet: ${DEMO_ORGS.length} organisationer, ${DEMO_USERS.length} brugere, ${demoCases().length} gravide.`);
  } finally {
    await client.$disconnect();
  }
}

main().catch((error) => {
  console.error("Seed fejlede:", error);
  process.exit(1);
});
