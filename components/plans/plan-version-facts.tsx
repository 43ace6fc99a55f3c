import Link from "next/link";
import { REVISION_REASON_LABELS, VERSION_STATUS_LABELS } from "@/lib/domain/plans/kinds";
import { formatDate, formatDateTime } from "@/lib/format";
import type { PlanPage } from "@/lib/plans/plan-page";

type Version = NonNullable<PlanPage["version"]>;

/** Version, status, approval and revision facts, and links to the other versions the organisation may read. */
export function PlanVersionFacts({ version, versions, caseId, planId }: { version: Version; versions: PlanPage["versions"]; caseId: string; planId: string }) {
  return (
    <section aria-labelledby="version-titel" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="version-titel" className="text-lg font-semibold">Version {version.number}: {VERSION_STATUS_LABELS[version.status]}</h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
        <dt className="font-medium">Skrevet af</dt><dd>{version.createdByName}; senest gemt af {version.updatedByName} {formatDateTime(version.updatedAt)}</dd>
        {version.revisionReason && <><dt className="font-medium">Revideret på grund af</dt><dd>{REVISION_REASON_LABELS[version.revisionReason]}{version.revisionNote ? `: ${version.revisionNote}` : ""}</dd></>}
        {version.submittedAt && <><dt className="font-medium">Sendt til godkendelse</dt><dd>{formatDateTime(version.submittedAt)}</dd></>}
        {version.approvedAt && <><dt className="font-medium">Godkendt</dt><dd>{formatDate(version.approvedAt)} af {version.approvedByName}{version.approvalComment ? `: ${version.approvalComment}` : ""}</dd></>}
        {version.status === "RETURNERET" && <><dt className="font-medium">Sendt retur</dt><dd>{version.returnReason}</dd></>}
      </dl>
      {versions.length > 1 && (
        <nav aria-label="Versioner" className="mt-3">
          <ul className="flex flex-wrap gap-3">
            {versions.map((v) => (
              <li key={v.id}>
                {v.id === version.id ? <span aria-current="page" className="font-semibold">Version {v.number}</span>
                  : <Link href={`/sager/${caseId}/planer/${planId}?version=${v.id}`} className="text-brand-700 underline">Version {v.number} ({VERSION_STATUS_LABELS[v.status].toLowerCase()})</Link>}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
