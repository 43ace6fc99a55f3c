// Audit actions in one list, so readers can label them and nothing is misspelt.
export const AUDIT_ACTIONS = {
  "auth.login": "Logget ind",
  "auth.login-failed": "Mislykket login",
  "auth.login-locked": "Login afvist (konto låst)",
  "auth.switch-org": "Skiftede organisation",
  "case.search": "Søgte i sager",
  "case.open": "Åbnede sagen",
  "case.create": "Oprettede sagen",
  "case.stage-change": "Skiftede fase",
  "note.create": "Skrev notat",
  "cpr.reveal": "Viste fuldt CPR-nummer",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function auditActionLabel(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}
