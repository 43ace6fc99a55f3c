// Roles and typed permissions. A permission not listed for a role is denied:
// the policy fails closed.

export const ROLES = [
  "SAGSBEHANDLER",
  "JORDEMODER",
  "LAEGE",
  "SUNDHEDSPLEJERSKE",
  "BEHANDLER",
  "LEDER",
  "ADMIN",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  SAGSBEHANDLER: "Sagsbehandler",
  JORDEMODER: "Jordemoder",
  LAEGE: "Læge",
  SUNDHEDSPLEJERSKE: "Sundhedsplejerske",
  BEHANDLER: "Behandler",
  LEDER: "Leder",
  ADMIN: "Administrator",
};

export const PERMISSIONS = [
  "case:read",
  "case:create",
  "case:change-stage",
  "case:manage-participants",
  "note:create",
  "cpr:reveal",
  "audit:read-case",
  "concern-report:create",
  "concern-report:triage",
  "consent:manage",
  "sharing:record-statutory",
  "task:read",
  "deadline:manage",
  "meeting:convene",
  "org:settings",
  "org:users",
  "dashboard:read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// A health professional decides herself about disclosure without consent
// (sundhedsloven § 43, stk. 3), so care roles may record a statutory basis.
const CARE_ROLE: Permission[] = [
  "case:read", "note:create", "cpr:reveal", "concern-report:create", "task:read", "sharing:record-statutory",
  // Each organisation registers the events that start its own clocks, and meets them.
  "deadline:manage",
  "meeting:convene",
  // The professional who obtains a consent records it (ADR 0025).
  "consent:manage",
];
const CASEWORK: Permission[] = [
  ...CARE_ROLE,
  "case:create",
  "case:change-stage",
  "case:manage-participants",
  "audit:read-case",
  "concern-report:triage",
];

const GRANTS: Record<Role, readonly Permission[]> = {
  SAGSBEHANDLER: CASEWORK,
  // The leader's overview of her organisation's caseload and clocks (ADR 0026).
  LEDER: [...CASEWORK, "dashboard:read"],
  JORDEMODER: CARE_ROLE,
  LAEGE: CARE_ROLE,
  SUNDHEDSPLEJERSKE: CARE_ROLE,
  BEHANDLER: CARE_ROLE,
  // Administrators manage the organisation (its samarbejdsaftale, ADR 0022;
  // its users, ADR 0033), not citizens' cases.
  ADMIN: ["audit:read-case", "org:settings", "org:users"],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return GRANTS[role]?.includes(permission) ?? false;
}
