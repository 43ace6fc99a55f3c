import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { BirthForm } from "@/components/case/birth-form";
import { CaseAuditList } from "@/components/case/case-audit-list";
import { CaseHeader } from "@/components/case/case-header";
import { CaseSectionNav } from "@/components/case/case-section-nav";
import { CaseSummary } from "@/components/case/case-summary";
import { DeadlinesSection } from "@/components/case/deadlines-section";
import { NotesSection } from "@/components/case/notes-section";
import { ParticipantsSection } from "@/components/case/participants-section";
import { CaseMeetings } from "@/components/meetings/case-meetings-section";
import { CaseReportsSection } from "@/components/underretning/case-reports-section";
import { MergedBanner } from "@/components/case/merged-banner";
import { StageSection } from "@/components/case/stage-section";
import { StamdataSection, stamdataSectionShown } from "@/components/case/stamdata-section";
import { CoordinationSection } from "@/components/participants/coordination-section";
import { DisclosuresSection } from "@/components/sharing/disclosures-section";
import { SharingSection } from "@/components/sharing/sharing-section";
import { NotFoundError } from "@/lib/access/errors";
import { requireAccess } from "@/lib/auth/context";
import { getCasePage } from "@/lib/cases/case-page";
import { birthExpected } from "@/lib/domain/pregnancy";
import { formatDay } from "@/lib/format";

export const metadata: Metadata = { title: "Sag" };

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAccess();
  const id = z.guid().safeParse((await params).id);
  if (!id.success) notFound();
  const page = await getCasePage(ctx, id.data).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { view, auditEvents, sharing, coordination, deadlines, disclosures, stamdata, meetings, reports } = page;

  const sections = [
    { id: "overblik-titel", label: "Overblik" },
    { id: "frister-titel", label: "Frister" },
    { id: "moeder-titel", label: "Møder" },
    { id: "notater-titel", label: "Notater" },
    ...(reports ? [{ id: "underretninger-titel", label: "Underretninger" }] : []),
    { id: "forloeb-titel", label: "Forløb" },
    { id: "deltagere-titel", label: "Deltagere" },
    { id: "samtykker-titel", label: "Samtykker" },
    { id: "tovholder-titel", label: "Tovholder" },
    ...(stamdataSectionShown(view, stamdata) ? [{ id: "stamdata-rettelser-titel", label: "Stamdata" }] : []),
    ...(view.permissions.registerBirth ? [{ id: "foedsel-titel", label: "Fødsel" }] : []),
    ...(disclosures ? [{ id: "videregivelser-titel", label: "Videregivelser" }] : []),
    ...(auditEvents ? [{ id: "hvem-har-set-titel", label: "Historik" }] : []),
  ];

  return (
    <div className="flex flex-col gap-6">
      <MergedBanner mergedIntoCaseId={stamdata.mergedIntoCaseId} />
      <CaseHeader view={view} />
      <CaseSummary view={view} deadlines={deadlines} coordination={coordination} sharing={sharing} />
      <CaseSectionNav sections={sections} />
      <DeadlinesSection caseId={view.id} {...deadlines} />
      <CaseMeetings caseId={view.id} section={meetings} />
      <NotesSection view={view} />
      {reports && <CaseReportsSection reports={reports} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <StageSection view={view} />
        <ParticipantsSection view={view} coordination={coordination} />
      </div>
      <SharingSection sharing={sharing} />
      <CoordinationSection view={view} coordination={coordination} />
      <StamdataSection view={view} panel={stamdata} />
      {view.permissions.registerBirth && (
        <BirthForm caseId={view.id} expected={birthExpected(view.termin)} termin={view.termin ? formatDay(view.termin) : null} />
      )}
      {disclosures && <DisclosuresSection caseId={view.id} rows={disclosures} isResponsible={view.isResponsible} />}
      {auditEvents && <CaseAuditList events={auditEvents} />}
    </div>
  );
}
