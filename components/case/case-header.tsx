import Link from "next/link";
import type { CaseView } from "@/lib/cases/queries";
import { formatDate, formatDay } from "@/lib/format";
import { CaseworkerForm } from "./caseworker-form";
import { KIND_LABELS } from "./labels";
import { RevealCpr } from "./reveal-cpr";
import { StageBadge } from "./stage-badge";
import { WithoutCprTag } from "./without-cpr-tag";

export function CaseHeader({ view }: { view: CaseView }) {
  const { subject } = view;
  return (
    <section aria-labelledby="stamdata-titel" className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-slate-600">{KIND_LABELS[view.kind]} · Sagsnr. {view.caseNumber} · Sag oprettet {formatDate(view.createdAt)}</p>
          <h1 className="text-2xl font-semibold">{subject.name}</h1>
        </div>
        <StageBadge stage={view.stage} />
      </div>
      <h2 id="stamdata-titel" className="sr-only">Stamdata</h2>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">CPR-nummer</dt>
        <dd>
          {!subject.stamdataShared ? (
            "Ikke delt med din organisation (kræver samtykke eller hjemmel til stamdata)"
          ) : subject.hasCpr ? (
            <RevealCpr caseId={view.id} masked={subject.maskedCpr ?? "XXXXXX-XXXX"} canReveal={view.permissions.revealCpr} />
          ) : subject.withoutCpr ? (
            <><WithoutCprTag /> CPR-nummeret er ukendt.</>
          ) : (
            "Ufødt barn – får CPR-nummer ved fødslen"
          )}
        </dd>
        {subject.motherName && (
          <>
            <dt className="font-medium">Mor</dt>
            <dd>
              {view.motherCaseId ? (
                <Link className="text-brand-700 underline" href={`/sager/${view.motherCaseId}`}>{subject.motherName}</Link>
              ) : (
                subject.motherName
              )}
            </dd>
          </>
        )}
        <dt className="font-medium">Termin</dt>
        <dd>{view.termin ? formatDay(view.termin) : "Ikke registreret"}</dd>
        <dt className="font-medium">Ansvarlig myndighed</dt>
        <dd>{view.responsibleOrg.name}</dd>
        <dt className="font-medium">Sagsbehandler</dt>
        <dd>
          {view.permissions.assignCaseworker ? (
            <CaseworkerForm caseId={view.id} current={view.caseworker.id} candidates={view.caseworkerCandidates} />
          ) : (
            view.caseworker.name ?? (view.isResponsible ? "Ingen tildelt" : "Den ansvarlige myndigheds sagsbehandler")
          )}
        </dd>
        {view.childCaseIds.length > 0 && (
          <>
            <dt className="font-medium">Barnets sag</dt>
            <dd className="flex gap-3">
              {view.childCaseIds.map((id, i) => (
                <Link key={id} className="text-brand-700 underline" href={`/sager/${id}`}>Barnets sag {view.childCaseIds.length > 1 ? i + 1 : ""}</Link>
              ))}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
