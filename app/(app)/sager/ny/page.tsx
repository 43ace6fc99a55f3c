import type { Metadata } from "next";
import { CreateCaseForm } from "@/components/case/create-case-form";
import { can } from "@/lib/access/policy";
import { requireAccess } from "@/lib/auth/context";

export const metadata: Metadata = { title: "Ny sag" };

export default async function NewCasePage() {
  const ctx = await requireAccess();
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Ny sag</h1>
      {can(ctx, "case:create") ? (
        <CreateCaseForm />
      ) : (
        <p className="rounded border border-slate-300 bg-white p-4">
          Din rolle kan ikke oprette sager. Kontakt familieafdelingen, eller log ind med en rolle som sagsbehandler.
        </p>
      )}
    </div>
  );
}
