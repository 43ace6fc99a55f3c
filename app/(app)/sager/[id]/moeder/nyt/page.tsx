import type { Metadata } from "next";
import { z } from "@/lib/validation/zod";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { ScheduleMeetingForm } from "@/components/meetings/schedule-form";
import { idParamOr404, loadOr404 } from "@/lib/access/page";
import { requireAccess } from "@/lib/auth/context";
import { MEETING_TYPES, type MeetingType } from "@/lib/domain/meetings/types";
import { getSchedulePage } from "@/lib/meetings/schedule-page";

export const metadata: Metadata = { title: "Nyt møde" };

export default async function NewMeetingPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<{ type?: string; efter?: string }>;
}) {
  const ctx = await requireAccess();
  const caseId = await idParamOr404(params);
  const query = await searchParams;
  const type = MEETING_TYPES.find((t): t is MeetingType => t === query.type);
  const after = z.guid().safeParse(query.efter).data;
  const page = await loadOr404(getSchedulePage(ctx, caseId, { type, after }));

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p><Link href={`/sager/${caseId}#moeder-titel`} className="text-brand-700 underline">← Tilbage til sag {page.caseNumber}</Link></p>
      <h1 className="text-2xl font-semibold">Nyt møde på sag {page.caseNumber}</h1>
      {page.canConvene ? (
        <ScheduleMeetingForm caseId={caseId} caseKind={page.caseKind} idempotencyKey={randomUUID()} agreement={page.agreement}
          prefillType={page.prefillType} prefillDate={page.prefillDate} orgs={page.orgs} people={page.people} />
      ) : (
        <p className="rounded border border-slate-300 bg-white p-4">Din rolle kan ikke indkalde til møder på sagen, eller sagen er afsluttet.</p>
      )}
    </div>
  );
}
