// One meeting's calendar file for the signed-in invitee (METHOD:REQUEST, or
// CANCEL once cancelled; RFC 5545). Outsiders and bad ids get 404; the
// download is audited.
import { z } from "@/lib/validation/zod";
import { NotFoundError } from "@/lib/access/errors";
import { withMeetingScope } from "@/lib/access/meeting-scope";
import { audit } from "@/lib/audit/write";
import { getAccessContext } from "@/lib/auth/context";
import { invitationIcs } from "@/lib/meetings/ics";
import { appOrigin, ICS_HEADERS, toIcsMeeting } from "@/lib/meetings/ics-meeting";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await getAccessContext();
  if (!ctx) return new Response("Log ind igen.", { status: 401 });
  const id = z.guid().safeParse((await params).id);
  if (!id.success) return new Response("Ikke fundet", { status: 404 });
  try {
    const ics = await withMeetingScope(ctx, id.data, async ({ scope, meeting }) => {
      const me = await scope.db.user.findUnique({ where: { id: ctx.userId }, select: { email: true, name: true } });
      await audit(scope.db, ctx, { action: "meeting.ics", entityType: "Meeting", entityId: meeting.id, caseId: meeting.caseId });
      return invitationIcs(toIcsMeeting({ ...meeting, location: meeting.videoUrl ?? meeting.place }, appOrigin(request)), me ?? undefined);
    });
    return new Response(ics, { headers: { ...ICS_HEADERS, "Content-Disposition": `attachment; filename="moede-${id.data}.ics"` } });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Ikke fundet", { status: 404 });
    throw error;
  }
}
