import { addWorkingDays, atCopenhagen, copenhagenDay } from "@/lib/domain/calendar";
import type { Db, MeetingType } from "@/lib/db/types";

// Demo meetings, so "Mine møder" and the week view show something: the
// familieambulatorium's jordemoder has convened meetings in the coming days
// on a few Vejle cases, with the kommune's sagsbehandler invited. Afternoons
// only: the e2e journey schedules its own meeting in a morning.

type Person = { id: string; name: string };
type Party = { orgId: string; user: Person };

export async function seedDemoMeetings(db: Db, input: { caseIds: string[]; clinic: Party; kommune: Party; now: number }): Promise<void> {
  const { clinic, kommune } = input;
  const plan: { days: number; hour: number; type: MeetingType }[] = [
    { days: 1, hour: 13, type: "KOORDINATIONSMOEDE" },
    { days: 3, hour: 14, type: "NETVAERKSMOEDE" },
    { days: 5, hour: 13, type: "TERMINSMOEDE" },
  ];
  for (const [i, caseId] of input.caseIds.slice(0, plan.length).entries()) {
    const p = plan[i]!;
    // Working days ahead: nobody is convened on a Saturday.
    const startsAt = atCopenhagen(copenhagenDay(addWorkingDays(new Date(input.now), p.days)), { hours: p.hour });
    await db.meeting.create({
      data: {
        caseId, conveningOrgId: clinic.orgId, type: p.type, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: "Familieambulatoriet, Kolding, mødelokale 2", idempotencyKey: `demo-meeting-${i}`, createdByUserId: clinic.user.id, createdByName: clinic.user.name,
        invitees: {
          create: [
            { caseId, kind: "PROFESSIONAL", orgId: clinic.orgId, userId: clinic.user.id, name: clinic.user.name, response: "DELTAGER", respondedAt: new Date(input.now) },
            { caseId, kind: "PROFESSIONAL", orgId: kommune.orgId, userId: kommune.user.id, name: kommune.user.name },
            { caseId, kind: "CITIZEN", name: "Borgeren" },
          ],
        },
      },
    });
  }
}
