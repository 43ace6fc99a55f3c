import { Section } from "@/components/ui/section";
import type { CaseView } from "@/lib/cases/queries";
import { formatDate } from "@/lib/format";
import type { CoordinationView } from "@/lib/participants/queries";
import { OwnContactForm } from "@/components/participants/own-people-forms";
import { Disclosure } from "@/components/ui/disclosure";

export function ParticipantsSection({ view, coordination }: { view: CaseView; coordination: CoordinationView }) {
  return (
    <Section title="Deltagere" id="deltagere">
      <ul className="flex flex-col gap-3">
        <li>
          <p className="font-medium">{view.responsibleOrg.name}</p>
          <p className="text-sm text-slate-600">Ansvarlig myndighed</p>
        </li>
        {view.participants.map((p) => (
          <li key={p.id}>
            <p className="font-medium">{p.orgName}</p>
            <p className="text-sm text-slate-600">
              {p.roleOnCase} · deltager siden {formatDate(p.since)}
            </p>
            {(p.contactName || p.contactPhone || p.contactEmail) && (
              <p className="text-sm">Kontakt: {[p.contactName, p.contactPhone, p.contactEmail].filter(Boolean).join(", ")}</p>
            )}
            {p.emergencyContact && <p className="text-sm">Akutkontakt: {p.emergencyContact}</p>}
          </li>
        ))}
      </ul>
      {view.participants.length === 0 && <p className="mt-3 text-sm text-slate-600">Ingen andre organisationer deltager i sagen endnu.</p>}
      {coordination.canNameContact && (
        <Disclosure label="Jeres kontaktperson">
          <OwnContactForm caseId={view.id} current={coordination.ownContact} colleagues={coordination.colleagues} />
        </Disclosure>
      )}
    </Section>
  );
}
