// One meeting's calendar file for the signed-in invitee (METHOD:REQUEST, or
// CANCEL once cancelled; RFC 5545). Outsiders and bad ids get 404; the
// download is audited.
import { withMeetingScope } from "@/lib/access/meeting-scope";
import { audit } from "@/lib/audit/write";
import { idRoute } from "@/lib/http/id-route";
import { invitationIcs } from "@/lib/meetings/ics";
import { appOrigin, ICS_HEADERS, toIcsMeeting } from "@/lib/meetings/ics-meeting";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return idRoute(params, async (ctx, id) => {
    const ics = await withMeetingScope(ctx, id, async ({ scope, meeting }) => {
      const me = await scope.db.user.findUnique({ where: { id: ctx.userId }, select: { email: true, name: true } });
      await audit(scope.db, ctx, { action: "meeting.ics", entityType: "Meeting", entityId: meeting.id, caseId: meeting.caseId });
      return invitationIcs(toIcsMeeting({ ...meeting, location: meeting.videoUrl ?? meeting.place }, appOrigin(request)), me ?? undefined);
    });
    return new Response(ics, { headers: { ...ICS_HEADERS, "Content-Disposition": `attachment; filename="moede-${id}.ics"` } });
  });
}
