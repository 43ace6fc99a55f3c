import "server-only";
import type { AccessContext } from "@/lib/access/context";
import {
  AGREEMENT_SETTINGS_KEY,
  agreementChanges,
  meetingAgreementOf,
  type MeetingAgreement,
} from "@/lib/domain/meetings/agreement";
import { loadOwnSettings, saveOwnSetting } from "./settings";

// The acting organisation's samarbejdsaftale on its settings page (ADR 0022).
// Meetings read it through meetingAgreementOf(org.settings) of the convening organisation.

/** The acting organisation's agreement, defaults filled in. */
export async function loadOwnAgreement(ctx: AccessContext): Promise<MeetingAgreement> {
  return meetingAgreementOf(await loadOwnSettings(ctx));
}

/** Writes the agreement (validated with meetingAgreementSchema); the audit row names what changed. */
export function saveOwnAgreement(ctx: AccessContext, agreement: MeetingAgreement): Promise<{ changed: string[] }> {
  return saveOwnSetting(ctx, AGREEMENT_SETTINGS_KEY, agreement, (before) =>
    agreementChanges(meetingAgreementOf({ [AGREEMENT_SETTINGS_KEY]: before }), agreement));
}
