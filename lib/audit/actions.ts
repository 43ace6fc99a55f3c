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
  "case.assign-caseworker": "Tildelte sagsbehandler",
  "person.cpr-set": "Tilføjede eller rettede CPR-nummer",
  "person.cpr-duplicate": "CPR-nummer fundet på en anden person",
  "case.stamdata-edit": "Rettede navn eller termin",
  "case.merge": "Lagde sager sammen",
  "note.create": "Skrev notat",
  "cpr.reveal": "Viste fuldt CPR-nummer",
  "consent.record": "Registrerede samtykke",
  "consent.withdraw": "Registrerede tilbagekaldelse af samtykke",
  "basis.record-statutory": "Registrerede hjemmel uden samtykke",
  "disclosure.export": "Eksporterede videregivelser",
  "participant.add": "Tilføjede deltager",
  "participant.remove": "Fjernede deltager",
  "coordinator.appoint": "Udpegede tovholder",
  "case.birth": "Registrerede fødsel",
  "concern-report.create": "Registrerede underretning",
  "concern-report.submit": "Sendte underretning til kommunen",
  "concern-report.register": "Registrerede indsendt underretning",
  "concern-report.list": "Så underretninger",
  "concern-report.open": "Åbnede underretning",
  "concern-report.assess": "Vurderede underretning (24 timer)",
  "concern-report.receipt": "Sendte kvittering for underretning",
  "concern-report.outcome": "Registrerede udfald af underretning",
  "concern-report.feedback": "Gav underretter tilbagemelding",
  "deadline.create": "Oprettede frister og opgaver",
  "task.list": "Så opgaver",
  "task.claim": "Tog en opgave",
  "task.complete": "Udførte en opgave",
  "task.reopen": "Genåbnede en opgave",
  "task.assign": "Tildelte en opgave",
  "task.reschedule": "Flyttede en opgaves frist",
  "task.remind": "Påmindelse: opgavens frist er nær eller overskredet",
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function auditActionLabel(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
}
