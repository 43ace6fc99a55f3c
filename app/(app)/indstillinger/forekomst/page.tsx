import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrevalenceForm } from "@/components/settings/prevalence-form";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { loadOwnPrevalence } from "@/lib/orgs/prevalence";

export const metadata: Metadata = { title: "Forventet forekomst" };

// The figures behind the leader's "Forventet og fundet" (issue 12). Only an
// administrator has the page; anyone else gets the 404 page.
export default async function PrevalenceSettingsPage() {
  const ctx = await requireAccess();
  if (!can(ctx, "org:settings")) notFound();
  const prevalence = await loadOwnPrevalence(ctx);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Forventet forekomst</h1>
        <p className="max-w-prose text-slate-700">
          Lederens overblik sammenligner de gravide med skadeligt rusmiddelforbrug, {ctx.orgName} har fundet, med det forventede antal:
          det nationale tal pr. år gange kommunens andel af befolkningen. Tallet er et skøn: forekomsten er ikke ens i alle kommuner.
        </p>
        <p><Link href="/indstillinger/samarbejdsaftale" className="text-brand-700 underline">Til samarbejdsaftalen</Link></p>
      </div>
      <PrevalenceForm initial={prevalence} />
    </div>
  );
}
