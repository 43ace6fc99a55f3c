import { Section } from "@/components/ui/section";
import type { CaseView } from "@/lib/cases/queries";
import type { StamdataPanel } from "@/lib/stamdata/panel";
import { CprForm } from "./cpr-form";
import { EditStamdataForm } from "./edit-stamdata-form";
import { StamdataHistory } from "./stamdata-history";

const summaryClass =
  "inline-block cursor-pointer rounded border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100";

/**
 * The case's stamdata beyond the header (ADR 0017): what a person without a
 * CPR is recognised by, "Tilføj / ret CPR" and "Ret navn og termin" for the
 * responsible organisation (each behind its button), and the history.
 */
/** Whether the section has anything for this organisation (the page's table of contents asks too). */
export function stamdataSectionShown(view: CaseView, panel: StamdataPanel): boolean {
  const { subject } = view;
  return subject.stamdataShared && (panel.canEdit || panel.history.length > 0 || !!subject.address || !!subject.description);
}

export function StamdataSection({ view, panel }: { view: CaseView; panel: StamdataPanel }) {
  const { subject } = view;
  if (!stamdataSectionShown(view, panel)) return null;
  return (
    <Section title="Stamdata og rettelser" id="stamdata-rettelser">
      {(subject.address || subject.description) && (
        <dl className="mb-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {subject.address && (<><dt className="font-medium">Adresse</dt><dd>{subject.address}</dd></>)}
          {subject.description && (<><dt className="font-medium">Beskrivelse</dt><dd className="whitespace-pre-line">{subject.description}</dd></>)}
        </dl>
      )}
      {panel.canEdit && (
        <div className="flex flex-col gap-3">
          {subject.isUnborn ? (
            <p className="text-sm text-slate-600">Et ufødt barn får CPR-nummer ved fødslen (Registrér fødsel på moderens sag).</p>
          ) : (
            <details>
              <summary className={summaryClass}>{subject.withoutCpr ? "Tilføj CPR-nummer" : "Ret CPR-nummer"}</summary>
              <CprForm caseId={view.id} hasCpr={!subject.withoutCpr} canMerge={panel.canMerge} />
            </details>
          )}
          <details>
            <summary className={summaryClass}>Ret navn og termin</summary>
            <EditStamdataForm
              defaults={{
                caseId: view.id,
                firstName: subject.firstName,
                lastName: subject.lastName,
                termin: view.termin ? view.termin.toISOString().slice(0, 10) : "",
              }}
            />
          </details>
        </div>
      )}
      <StamdataHistory rows={panel.history} />
    </Section>
  );
}
