import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { coordinationMeetingLine } from "@/lib/domain/meetings/notice";
import { countCoordinationMeetings, getCaseMeetings } from "./queries";

/** The case page's "Møder": the meetings the organisation is invited to or convened, and in a pregnancy the agreement's minimum. */
export async function getCaseMeetingsSection(scope: CaseScope) {
  const meetings = await getCaseMeetings(scope);
  let coordinationLine: string | null = null;
  if (scope.kind === "GRAVID") {
    const { agreement } = await scope.ownOrg();
    coordinationLine = coordinationMeetingLine(countCoordinationMeetings(meetings), agreement);
  }
  return { meetings, coordinationLine, canConvene: scope.can("meeting:convene") };
}
export type CaseMeetingsSection = Awaited<ReturnType<typeof getCaseMeetingsSection>>;
