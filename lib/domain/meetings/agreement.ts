// PLACEHOLDER until the agreement helper's branch lands (it replaces this file).
import { MEETING_TYPE_INFO, type MeetingType } from "./types";

export type MeetingAgreement = {
  noticeDays: Record<MeetingType, number>;
  childNetworkNoticeDays: number;
  minCoordinationMeetingsInPregnancy: number;
  terminMeetingWeeksBeforeTermin: number;
  defaultConvenerOrgType: string;
};

export function meetingAgreementOf(_settings: unknown): MeetingAgreement {
  return {
    noticeDays: Object.fromEntries(Object.entries(MEETING_TYPE_INFO).map(([k, v]) => [k, v.defaultNoticeDays])) as Record<MeetingType, number>,
    childNetworkNoticeDays: 28, minCoordinationMeetingsInPregnancy: 2, terminMeetingWeeksBeforeTermin: 10, defaultConvenerOrgType: "FAMILIEAMBULATORIUM",
  };
}
