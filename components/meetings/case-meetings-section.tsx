import Link from "next/link";
import { Section } from "@/components/ui/section";
import { MEETING_TYPE_INFO } from "@/lib/domain/meetings/types";
import { formatDateTime } from "@/lib/format";
import type { CaseMeetingsSection } from "@/lib/meetings/case-section";
import { RESPONSE_LABELS } from "./labels";

export function CaseMeetings({ caseId, section }: { caseId: string; section: CaseMeetingsSection }) {
  return (
    <Section title="Møder" id="moeder"
      actions={section.canConvene ? <Link href={`/sager/${caseId}/moeder/nyt`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">Nyt møde</Link> : undefined}>
      {section.coordinationLine && <p className="mb-3 font-medium">{section.coordinationLine}</p>}
      {section.meetings.length === 0 ? (
        <p className="text-slate-600">Din organisation er ikke indkaldt til møder på sagen.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {section.meetings.map((m) => (
            <li key={m.id} className="flex flex-wrap items-baseline gap-x-3 rounded border border-slate-200 p-3">
              <Link href={`/moeder/${m.id}`} className="font-medium text-brand-700 underline">{MEETING_TYPE_INFO[m.type].label}</Link>
              <span>{formatDateTime(m.startsAt)}</span>
              {m.status === "CANCELLED" && <span className="rounded bg-red-100 px-2 text-sm text-red-900">Aflyst</span>}
              <span className="text-sm text-slate-600">Indkaldt af {m.conveningOrgName} · {m.invitedCount} inviterede{m.myResponse ? ` · Dit svar: ${RESPONSE_LABELS[m.myResponse]}` : ""}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
