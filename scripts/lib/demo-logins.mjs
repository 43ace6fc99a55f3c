import { readFileSync } from "node:fs";

const data = JSON.parse(readFileSync(new URL("../../prisma/seed/demo-tenants.json", import.meta.url), "utf8"));
const orgNames = new Map(data.organizations.map((org) => [org.key, org.name]));
const ROLE = { SAGSBEHANDLER: "sagsbehandler", LEDER: "leder", ADMIN: "administrator", BEHANDLER: "behandler", SUNDHEDSPLEJERSKE: "sundhedsplejerske", JORDEMODER: "jordemoder", LAEGE: "læge" };

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? data.password;
export const DEMO_USERS = data.users.map((user) => ({
  email: user.email,
  label: user.memberships.map((m) => `${ROLE[m.role] ?? m.role}, ${orgNames.get(m.org)}`).join(" + "),
}));
