import { differenceInCalendarDays } from "date-fns";
import { Clock } from "@/components/underretning/clock";
import type { CaseView } from "@/lib/cases/queries";
import type { SharingView } from "@/lib/consents/queries";
import { categoryLabel } from "@/lib/domain/categories";
import { gestationalAgeLabel } from "@/lib/domain/pregnancy";
import { stageLabel } from "@/lib/domain/stages";
import type { CoordinationView } from "@/lib/participants/queries";
import type { CaseDeadlines } from "@/lib/tasks/queries";
import { formatDateTime, formatDay } from "@/lib/format";

type Props = { view: CaseView; deadlines: CaseDeadlines; coordination: CoordinationView; sharing: SharingView };

/**
 * The case at a glance (issue 9 item 5): what a professional needs before
 * anything else, each figure from what the page already loaded under the
 * case scope, so the summary shows nothing the sections would not.
 */
export function CaseSummary({ view, deadlines, coordination, sharing }: Props) {
  const now = new Date();
  const enteredStage = view.transitions[0]?.at ?? view.createdAt;
  const next = deadlines.deadlines.find((d) => d.kind === "DUE" && !d.metAt);
  const tovholder = coordination.coordinator;
  const tovholderContact = tovholder && view.participants.find((p) => p.orgId === tovholder.orgId);
  const week = view.termin ? gestationalAgeLabel(view.termin, now) : null;
  return (
    <section aria-labelledby="overblik-titel" className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <h2 id="overblik-titel" className="mb-3 text-lg font-semibold">Overblik</h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <dt className="text-sm text-slate-600">Termin</dt>
          <dd className="font-medium">{view.termin ? `${formatDay(view.termin)}${week ? ` (${week})` : ""}` : "Ikke registreret"}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Fase</dt>
          <dd className="font-medium">{stageLabel(view.stage)}, {differenceInCalendarDays(now, enteredStage)} dage i fasen</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Næste frist</dt>
          <dd>
            {next ? (
              <>
                <span className="font-medium">{next.label}</span>, senest {formatDateTime(next.dueAt)}
                <span className="block"><Clock clock={next} now={now} calendar={deadlines.calendar} /></span>
              </>
            ) : (
              "Ingen åbne frister, du kan se"
            )}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Sagsbehandler</dt>
          <dd className="font-medium">{view.caseworker.name ?? (view.isResponsible ? "Ingen tildelt" : "Hos den ansvarlige myndighed")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Tovholder</dt>
          <dd className="font-medium">
            {tovholder ? tovholder.orgName : "Ingen udpeget"}
            {tovholderContact?.contactName && <span className="block font-normal">{tovholderContact.contactName}{tovholderContact.contactPhone ? `, tlf. ${tovholderContact.contactPhone}` : ""}</span>}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">Deling med organisationerne</dt>
          <dd>
            <ul>
              {sharing.coverage.map((c) => (
                <li key={c.orgId}>
                  <span className="font-medium">{c.orgName}:</span>{" "}
                  {c.categories.length > 0 ? c.categories.map(categoryLabel).join(", ") : "intet aktivt samtykke eller hjemmel"}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </section>
  );
}
