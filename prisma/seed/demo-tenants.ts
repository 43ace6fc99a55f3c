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
export const DEMO_ORGS = data.organizations as DemoOrg[];
export const DEMO_USERS = data.users as DemoUser[];
