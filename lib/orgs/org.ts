import "server-only";
import { z } from "@/lib/validation/zod";
import type { AccessContext } from "@/lib/access/context";
import type { Db } from "@/lib/db/types";
import type { CalendarOptions } from "@/lib/domain/calendar";
import type { DeadlineOrgSettings } from "@/lib/domain/deadlines";
import { prevalenceOf, type Prevalence } from "@/lib/domain/dashboard/expected";
import { meetingAgreementOf, type MeetingAgreement } from "@/lib/domain/meetings/agreement";

// The acting organisation's own settings, and the directory of other organisations.

const settingsSchema = z
  .object({
    calendar: z
      .object({ grundlovsdag: z.boolean(), juleaftensdag: z.boolean(), nytaarsaftensdag: z.boolean() })
      .partial()
      .optional()
      .catch(undefined),
  })
  .catch({});

export type OwnOrg = {
  type: string; calendar: CalendarOptions; deadlineSettings: DeadlineOrgSettings;
  /** Its samarbejdsaftale: what the meetings it convenes follow (ADR 0022). */
  agreement: MeetingAgreement;
  /** The national figure and populations the overview's "expected vs found" uses (ADR 0029). */
  prevalence: Prevalence;
};

/** Barnets Lov §§ 136-137 place the handling of underretninger on the kommune's børneområde. */
export const RECEIVING_ORG_TYPE = "KOMMUNE_FAMILIE";

/** The organisation's type, working-day calendar choices (settings.calendar) and the settings its clocks follow. */
export async function ownOrg(db: Db, ctx: AccessContext): Promise<OwnOrg> {
  const org = await db.organization.findUnique({ where: { id: ctx.orgId }, select: { type: true, settings: true } });
  return {
    type: org?.type ?? "", calendar: orgCalendar(org?.settings), deadlineSettings: orgDeadlineSettings(org?.settings),
    agreement: meetingAgreementOf(org?.settings), prevalence: prevalenceOf(org?.settings),
  };
}

/** What in an organisation's settings changes its deadlines: the samarbejdsaftale's terminsmøde weeks (ADR 0022). */
export function orgDeadlineSettings(settings: unknown): DeadlineOrgSettings {
  return { terminMeetingWeeks: meetingAgreementOf(settings).terminMeetingWeeksBeforeTermin };
}

/** An organisation's working-day calendar choices from its settings JSON (bad values: the default calendar). */
export function orgCalendar(settings: unknown): CalendarOptions {
  return settingsSchema.parse(settings ?? {}).calendar ?? {};
}

export type DirectoryOrg = { id: string; name: string; type: string };

/**
 * Other organisations, for picking a reporter's organisation. The directory
 * is a SECURITY DEFINER function: names and types of public bodies only, so
 * the Organization table itself stays closed to tenants.
 */
export async function orgDirectory(db: Db, ctx: AccessContext, options: { includeOwn?: boolean } = {}): Promise<DirectoryOrg[]> {
  const rows = await db.$queryRaw<DirectoryOrg[]>`SELECT id::text AS id, name, type::text AS type FROM app_org_directory()`;
  return options.includeOwn ? rows : rows.filter((row) => row.id !== ctx.orgId);
}

/** Names of the given organisations the acting one may see (row-level security decides). */
export async function orgNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const orgs = await db.organization.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(orgs.map((o) => [o.id, o.name]));
}
