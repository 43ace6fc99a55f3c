import { Section } from "@/components/ui/section";
import type { CaseView } from "@/lib/cases/queries";
import type { CoordinationView } from "@/lib/participants/queries";
import { formatDateTime } from "@/lib/format";
import { AddParticipantForm, AppointCoordinatorForm, RemoveParticipantButton } from "./participant-forms";
import { TovholderPersonForm } from "./own-people-forms";
import { Disclosure } from "@/components/ui/disclosure";

/** Tovholder, hand-over history and (for the responsible organisation) managing who is on the case. */
export function CoordinationSection({ view, coordination }: { view: CaseView; coordination: CoordinationView }) {
  const onCase = [{ id: view.responsibleOrg.id, name: view.responsibleOrg.name }, ...view.participants.map((p) => ({ id: p.orgId, name: p.orgName }))];
  return (
    <Section title="Tovholder" id="tovholder">
      <p>
        <span className="font-medium">Nuværende tovholder:</span> {coordination.coordinator?.orgName ?? "Ikke udpeget"}
        {coordination.coordinator?.userName && <>, {coordination.coordinator.userName}</>}
      </p>
      {coordination.canNameTovholder && (
        <div className="mt-3"><TovholderPersonForm caseId={view.id} current={coordination.coordinator?.userId ?? null} colleagues={coordination.colleagues} /></div>
      )}

      <h3 className="mt-4 font-semibold">Overdragelser</h3>
      {coordination.history.length === 0 ? (
        <p className="text-slate-600">Ingen overdragelser endnu.</p>
      ) : (
        <ol className="mt-2 flex flex-col gap-2">
          {coordination.history.map((h) => (
            <li key={h.id} className="rounded border border-slate-200 p-3 text-sm">
              <p className="font-medium">
                {h.orgName}{h.userName ? ` (${h.userName})` : ""} fra {formatDateTime(h.fromAt)}{h.toAt ? ` til ${formatDateTime(h.toAt)}` : " – nuværende"}
              </p>
              <p>Overdragelsesnote: {h.handoverNote}</p>
              <p className="text-slate-600">Udpeget af {h.byName}</p>
            </li>
          ))}
        </ol>
      )}
      {coordination.canManage && (
        <div className="mt-5 flex flex-col gap-4">
          {view.participants.length > 0 && (
            <div>
              <h3 className="font-semibold">Fjern deltager</h3>
              <p className="text-sm text-slate-600">Når en organisation fjernes, ophører dens adgang og delingen med den med det samme.</p>
              <ul className="mt-2 flex flex-col gap-2">
                {view.participants.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center justify-between gap-2">
                    <span>{p.orgName}</span>
                    <RemoveParticipantButton caseId={view.id} org={{ id: p.orgId, name: p.orgName }} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Disclosure label="Tilføj en organisation" className="">
            <AddParticipantForm key={coordination.addableOrgs.map((o) => o.id).join()} caseId={view.id} orgs={coordination.addableOrgs} />
          </Disclosure>
          <Disclosure label="Skift tovholder" className="">
            <AppointCoordinatorForm key={onCase.map((o) => o.id).join()} caseId={view.id} orgs={onCase} />
          </Disclosure>
        </div>
      )}
    </Section>
  );
}
