// Types only: safe to import anywhere (no client, no connection).
export type { Prisma } from "./generated/client";
export type { Stage, CaseKind, InfoCategory, OrgType, Role as DbRole, TaskSourceKind, StamdataChangeKind,
  MeetingType, MeetingStatus, InviteeKind, InviteResponse, Attendance, MinutesStatus,
  PlanKind, PlanVersionStatus, PlanTrack, GoalStatus, InterventionProgressKind, PlanRevisionReason } from "./generated/enums";
import type { Prisma } from "./generated/client";

/** The scoped transaction handle every feature query receives. */
export type Db = Prisma.TransactionClient;
