-- Underretninger with their two statutory clocks (Deadline + Task per rule,
-- as lib/underretninger/clocks.ts makes them), and manual tasks. Three in ten
-- pregnancy cases have an underretning received during the case; older ones
-- are assessed and acknowledged, recent ones still wait in the queue.

CREATE TEMP TABLE scale_report ON COMMIT DROP AS
SELECT c.n, c.id AS case_id, gen_random_uuid() AS id, o.familie, o.worker_id, o.worker_name, o.candidates[1] AS clinic, c.stage,
  c.created_at + (c.updated_at - c.created_at) * random() AS received_at,
  CASE WHEN r < 0.6 THEN 'FAGPERSON' WHEN r < 0.85 THEN 'PRIVATPERSON' ELSE 'ANONYM' END::"ReporterKind" AS reporter_kind
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
CROSS JOIN LATERAL (SELECT random() + c.n * 0 AS r) x
WHERE c.kind = 'GRAVID' AND c.r_report < 0.3;
ALTER TABLE scale_report ADD COLUMN assessed_at timestamptz, ADD COLUMN receipt_at timestamptz;
UPDATE scale_report SET assessed_at = received_at + interval '20 hours'
WHERE received_at < current_setting('scale.now')::timestamptz - interval '2 days' OR random() < 0.3;
UPDATE scale_report SET receipt_at = received_at + interval '5 days'
WHERE assessed_at IS NOT NULL AND reporter_kind <> 'ANONYM' AND received_at < current_setting('scale.now')::timestamptz - interval '6 days';
-- Keep every timestamp in the past.
UPDATE scale_report SET assessed_at = NULL WHERE assessed_at > current_setting('scale.now')::timestamptz;

INSERT INTO "ConcernReport" (id, "caseId", "receivingOrgId", "reporterOrgId", "reporterKind", "reporterName", "reporterOrganisation",
  "reporterProfession", channel, "receivedAt", about, observations, "publicEmployee", "activeInterventionFlag", "idempotencyKey",
  "createdByUserId", "createdByName", "createdAt", "assessedAt", "assessedByName", acute, "assessmentReasons",
  "receiptSentAt", "receiptSentByName", outcome, "outcomeAt")
SELECT r.id, r.case_id, r.familie,
  CASE WHEN r.reporter_kind = 'FAGPERSON' AND r.n % 2 = 0 THEN r.clinic END,
  r.reporter_kind,
  CASE r.reporter_kind WHEN 'FAGPERSON' THEN 'Julie Jordemoder' WHEN 'PRIVATPERSON' THEN 'Bente Nabo' END,
  CASE WHEN r.reporter_kind = 'FAGPERSON' THEN 'Familieambulatoriet' END,
  CASE WHEN r.reporter_kind = 'FAGPERSON' THEN 'Jordemoder' END,
  (enum_range(NULL::"ReportChannel"))[1 + r.n % 5], r.received_at, 'UFOEDT_BARN',
  CASE r.reporter_kind
    WHEN 'FAGPERSON' THEN 'Den gravide fortæller om dagligt forbrug af hash og er udeblevet fra to konsultationer.'
    WHEN 'PRIVATPERSON' THEN 'Naboen hører ofte højlydte skænderier og ser mange besøgende om natten.'
    ELSE 'Anonym henvendelse om alkoholforbrug under graviditeten.'
  END,
  r.reporter_kind = 'FAGPERSON', r.stage = 'INDSATS', 'scale-' || r.id,
  r.worker_id, r.worker_name, r.received_at,
  r.assessed_at, CASE WHEN r.assessed_at IS NOT NULL THEN r.worker_name END, CASE WHEN r.assessed_at IS NOT NULL THEN false END,
  CASE WHEN r.assessed_at IS NOT NULL THEN 'Ikke akut. Afdækning igangsættes.' END,
  r.receipt_at, CASE WHEN r.receipt_at IS NOT NULL THEN r.worker_name END,
  CASE WHEN r.stage = 'AFSLUTTET' THEN 'AFDAEKNING'::"ReportOutcome" END,
  CASE WHEN r.stage = 'AFSLUTTET' THEN coalesce(r.receipt_at, r.assessed_at, r.received_at) END
FROM scale_report r;

-- The clocks: 24 hours to assess; a receipt within 6 working days when the reporter is named.
CREATE TEMP TABLE scale_clock ON COMMIT DROP AS
SELECT r.case_id, r.familie, r.id AS report_id, gen_random_uuid() AS id, rule.rule_id, rule.label,
  r.received_at + rule.due AS due_at, CASE rule.rule_id WHEN 'underretning-24t' THEN r.assessed_at ELSE r.receipt_at END AS met_at
FROM scale_report r
CROSS JOIN (VALUES ('underretning-24t', 'Vurdering af underretning inden 24 timer', interval '24 hours'),
                   ('kvittering-6-hverdage', 'Kvittering til underretter', interval '8 days')) rule (rule_id, label, due)
WHERE rule.rule_id = 'underretning-24t' OR r.reporter_kind <> 'ANONYM';

INSERT INTO "Deadline" (id, "caseId", "orgId", "ruleId", label, "legalReference", kind, category, "dueAt", "metAt", status, "sourceType", "sourceId", "createdAt")
SELECT k.id, k.case_id, k.familie, k.rule_id, k.label, 'Barnets Lov § 136', 'DUE', 'UNDERRETNING', k.due_at, k.met_at,
  CASE WHEN k.met_at IS NULL THEN 'OPEN' ELSE 'MET' END::"DeadlineStatus", 'ConcernReport', k.report_id, k.due_at - interval '1 hour'
FROM scale_clock k;

INSERT INTO "Task" (id, "caseId", "orgId", title, "dueAt", status, "sourceKind", "sourceId", rule, category, "createdAt", "completedAt")
SELECT gen_random_uuid(), k.case_id, k.familie, k.label, k.due_at, CASE WHEN k.met_at IS NULL THEN 'OPEN' ELSE 'DONE' END::"TaskStatus",
  'DEADLINE', k.id, k.rule_id, 'UNDERRETNING', k.due_at - interval '1 hour', k.met_at
FROM scale_clock k;

-- Manual tasks held by the familieafdeling's worker: "Mine opgaver" has rows.
INSERT INTO "Task" (id, "caseId", "orgId", "ownerUserId", title, "dueAt", status, "sourceKind", category, "createdAt", "completedAt")
SELECT gen_random_uuid(), c.id, o.familie, o.worker_id,
  (ARRAY['Forbered netværksmøde', 'Følg op på aftale med familieambulatoriet', 'Indhent udtalelse fra sundhedsplejen', 'Revidér handleplan'])[1 + c.n % 4],
  CASE WHEN c.stage = 'AFSLUTTET' THEN c.closed_at ELSE current_setting('scale.now')::timestamptz + make_interval(days => (c.n % 40) - 10) END,
  CASE WHEN c.stage = 'AFSLUTTET' THEN 'DONE' ELSE 'OPEN' END::"TaskStatus", 'MANUAL', 'PLAN', c.updated_at,
  CASE WHEN c.stage = 'AFSLUTTET' THEN c.closed_at END
FROM scale_case c
JOIN scale_case_org o ON o.n = c.n
WHERE c.r_task < 0.3;
