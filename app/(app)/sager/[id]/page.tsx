import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CaseAuditList } from "@/components/case/case-audit-list";
import { CaseHeader } from "@/components/case/case-header";
import { NotesSection } from "@/components/case/notes-section";
import { ParticipantsSection } from "@/components/case/participants-section";
import { StageSection } from "@/components/case/stage-section";
import { NotFoundError } from "@/lib/access/errors";
import { requireAccess } from "@/lib/auth/context";
import { getCase, getCaseAudit } from "@/lib/cases/queries";

export const metadata: Metadata = { title: "Sag" };

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireAccess();
  const id = z.guid().safeParse((await params).id);
  if (!id.success) notFound();
  const view = await getCase(ctx, id.data).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const auditEvents = view.permissions.readAudit ? await getCaseAudit(ctx, view.id) : null;

  return (
    <div className="flex flex-col gap-6">
      <CaseHeader view={view} />
      <div className="grid gap-6 lg:grid-cols-2">
        <StageSection view={view} />
        <ParticipantsSection view={view} />
      </div>
      <NotesSection view={view} />
      {auditEvents && <CaseAuditList events={auditEvents} />}
    </div>
  );
}
