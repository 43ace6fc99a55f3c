import type { OrgType } from "@/lib/db/types";
import type { Role } from "@/lib/access/roles";
import data from "./demo-tenants.json";

// Demo tenants: two kommuner in Region Syddanmark, each with the four
// municipal units that meet these families, and the region's
// familieambulatorium. The data lives in JSON so the start script (plain
// node) prints the same logins the seed creates. All people are fictitious.

export type DemoOrg = { key: string; name: string; type: OrgType; kommuneCode?: string; regionCode?: string; settings?: object };
export type DemoUser = { email: string; name: string; memberships: { org: string; role: Role }[] };

export const DEMO_PASSWORD: string = process.env.DEMO_PASSWORD ?? data.password;
// The demo organisations switch the TOTP requirement for administrators and
// leaders off (ADR 0033), so the demo logins and the e2e specs sign in with a
// password; a real organisation has it on unless it switches it off.
export const DEMO_ORGS = (data.organizations as DemoOrg[]).map((org) => ({
  ...org,
  settings: { ...org.settings, security: { totpForLeaders: false } },
}));
export const DEMO_USERS = data.users as DemoUser[];
