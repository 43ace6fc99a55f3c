import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/settings/agreement-form";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";
import { loadOwnAgreement } from "@/lib/orgs/agreement";

export const metadata: Metadata = { title: "Samarbejdsaftale" };

// The organisation's samarbejdsaftale as settings (ADR 0022). Only an
// administrator has the page; anyone else gets the 404 page, as for any
// page that is not theirs.
export default async function AgreementSettingsPage() {
  const ctx = await requireAccess();
  if (!can(ctx, "org:settings")) notFound();
  const agreement = await loadOwnAgreement(ctx);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Samarbejdsaftale</h1>
        <p className="max-w-prose text-slate-700">
          Det, {ctx.orgName} har aftalt med samarbejdspartnerne om møder: varsel, antal koordinationsmøder og terminsmøde. Når
          organisationen indkalder til et møde, er det disse værdier, mødet vises med.
        </p>
        <p><Link href="/indstillinger/forekomst" className="text-brand-700 underline">Forventet forekomst (til lederens overblik)</Link></p>
      </div>
      <AgreementForm initial={agreement} />
    </div>
  );
}
