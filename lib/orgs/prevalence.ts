import "server-only";
import type { AccessContext } from "@/lib/access/context";
import { PREVALENCE_SETTINGS_KEY, prevalenceOf, type Prevalence } from "@/lib/domain/dashboard/expected";
import { loadOwnSettings, saveOwnSetting } from "./settings";

// The figures behind the leader's "expected vs found" (issue 12, ADR 0029),
// set by the kommune's administrator: the national yearly figure, Denmark's
// population and the kommune's.

export async function loadOwnPrevalence(ctx: AccessContext): Promise<Prevalence> {
  return prevalenceOf(await loadOwnSettings(ctx));
}

export function saveOwnPrevalence(ctx: AccessContext, prevalence: Prevalence): Promise<{ changed: string[] }> {
  return saveOwnSetting(ctx, PREVALENCE_SETTINGS_KEY, prevalence, (before) => {
    const old = prevalenceOf({ [PREVALENCE_SETTINGS_KEY]: before });
    const keys = Object.keys(prevalence) as (keyof Prevalence)[];
    return Object.fromEntries(keys.filter((k) => old[k] !== prevalence[k]).map((k) => [k, { from: old[k], to: prevalence[k] }]));
  });
}
