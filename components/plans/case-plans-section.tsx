import Link from "next/link";
import { Section } from "@/components/ui/section";
import { VERSION_STATUS_LABELS } from "@/lib/domain/plans/kinds";
import { formatDate, formatCivilDay } from "@/lib/format";
import type { CasePlansSection } from "@/lib/plans/case-section";
import { CreatePlanForm } from "./create-plan-form";

/** "Godkendt 3. nov. 2026, næste opfølgning 3. feb. 2027", or the version's state. */
function statusLine(plan: CasePlansSection["plans"][number]): string {
  const v = plan.latest;
  if (!v) return "Ingen version, du kan se";
  const next = plan.nextFollowUp ? `, næste opfølgning ${formatCivilDay(plan.nextFollowUp)}` : "";
  return v.status === "GODKENDT" && v.approvedAt ? `Godkendt ${formatDate(v.approvedAt)}${next}` : `Version ${v.number}: ${VERSION_STATUS_LABELS[v.status]}`;
}

export function CasePlans({ caseId, section }: { caseId: string; section: CasePlansSection }) {
  return (
    <Section title="Handleplaner" id="planer">
      {section.missing.length > 0 && (
        <ul className="mb-3 flex flex-col gap-1">
          {section.missing.map((d) => (
            <li key={d.id} className="rounded border-l-4 border-amber-600 bg-amber-50 p-2">
              <span className="font-medium">{d.label}</span> senest {formatDate(d.dueAt)} <span className="text-sm text-slate-700">({d.legalReference})</span>
            </li>
          ))}
        </ul>
      )}
      {section.plans.length === 0 ? (
        <p className="text-slate-600">Der er ingen plan på sagen, som din organisation kan se.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {section.plans.map((p) => (
            <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 rounded border border-slate-200 p-3">
              <Link href={`/sager/${caseId}/planer/${p.id}`} className="font-medium text-brand-700 underline">{p.label}</Link>
              <span>{statusLine(p)}</span>
            </li>
          ))}
        </ul>
      )}
      {section.myPart.length > 0 && (
        <div className="mt-4">
          <h3 className="font-semibold">Min del af planen</h3>
          <ul className="mt-2 flex flex-col gap-2">
            {section.myPart.map((i) => (
              <li key={i.id} className="rounded border border-slate-200 p-3">
                <Link href={`/sager/${caseId}/planer/${i.planId}#min-del`} className="font-medium text-brand-700 underline">{i.title}</Link>
                <span className="ml-2 text-sm text-slate-700">{i.frequency} · opfølgning {formatCivilDay(i.followUpDate)}</span>
                {i.task && <p className="text-sm">Opgave: {i.task.title}{i.task.status === "DONE" ? " (udført)" : ""}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {section.canCreate && section.creatable.length > 0 && <CreatePlanForm caseId={caseId} kinds={section.creatable} />}
    </Section>
  );
}
