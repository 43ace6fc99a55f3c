// PLACEHOLDER until the agreement helper's branch lands (it replaces this file).
import { atCopenhagen, copenhagenDay, shiftDay } from "@/lib/domain/calendar";
import type { MeetingAgreement } from "./agreement";
import type { MeetingType } from "./types";

export function noticeCheck(input: { type: MeetingType; caseKind: "GRAVID" | "BARN"; startsAt: Date; now: Date; agreement: MeetingAgreement }) {
  const required = input.type === "NETVAERKSMOEDE" && input.caseKind === "BARN" ? input.agreement.childNetworkNoticeDays : input.agreement.noticeDays[input.type];
  const metFrom = atCopenhagen(shiftDay(copenhagenDay(input.now), required));
  return { required, met: input.startsAt >= metFrom, metFrom, rule: `Samarbejdsaftalen kræver ${required} dages varsel` };
}

export function coordinationMeetingLine(held: number, agreement: MeetingAgreement): string {
  return `Koordinationsmøder i graviditeten: ${held} af mindst ${agreement.minCoordinationMeetingsInPregnancy}`;
}
