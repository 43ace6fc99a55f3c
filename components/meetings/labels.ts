import type { Attendance, InviteResponse, InviteeKind } from "@/lib/db/types";

export const RESPONSE_LABELS: Record<InviteResponse, string> = {
  AFVENTER: "Har ikke svaret",
  DELTAGER: "Deltager",
  DELTAGER_IKKE: "Deltager ikke",
  STEDFORTRAEDER: "Sender stedfortræder",
};

export const INVITEE_KIND_LABELS: Record<InviteeKind, string> = {
  PROFESSIONAL: "Fagperson",
  CITIZEN: "Borger",
  PARTNER: "Partner",
  EXTERNAL: "Ekstern",
};

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  MOEDT: "Mødt",
  STEDFORTRAEDER: "Stedfortræder",
  UDEBLEVET: "Udeblevet",
};
