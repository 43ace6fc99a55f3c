"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useFreshIdempotencyKey } from "@/components/ui/use-fresh-idempotency-key";
import { useForm, useWatch } from "react-hook-form";
import { submitReportAction } from "@/lib/underretninger/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { SubmitReportInput } from "@/lib/underretninger/schemas";
import { ReportContentFields } from "./report-content-fields";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadSubmitReportSchema = () => import("@/lib/underretninger/schemas").then((m) => m.submitReportSchema);

/**
 * "Send underretning til kommunen": a professional in another organisation
 * reports herself, as a named fagperson. The kommune's 24-hour clock starts
 * when she sends it. One idempotency key per mounted form, as in ReportForm.
 */
export function SubmitReportForm({ kommuner, idempotencyKey }: { kommuner: { id: string; name: string }[]; idempotencyKey: string }) {
  const router = useRouter();
  const { register, handleSubmit, control, setError, setValue, formState } = useForm<SubmitReportInput>({
    resolver: useLazyResolver(loadSubmitReportSchema, { raw: true }),
    defaultValues: {
      idempotencyKey, toOrgId: "", reporterProfession: "", reporterContact: "", publicEmployee: true, about: "UFOEDT_BARN",
      cpr: "", firstName: "", lastName: "", termin: "", observations: "", substances: "", exposure: "",
      womanInformed: "UKENDT", copyGiven: "UKENDT",
    },
  });
  const watchedAbout = useWatch({ control, name: "about" });
  const watchedCpr = useWatch({ control, name: "cpr" });
  useFreshIdempotencyKey(useCallback((key: string) => setValue("idempotencyKey", key), [setValue]));
  const { formError, apply } = useActionErrors(setError);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await submitReportAction(values);
    if (apply(result)) router.push("/underretninger?sendt=1");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded-lg border border-slate-300 bg-white p-6">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("idempotencyKey")} />
      <fieldset className="flex flex-col gap-4 rounded border border-slate-200 p-4">
        <legend className="px-1 text-lg font-semibold">Modtager og underretter</legend>
        <Field label="Kommunens familieafdeling" hint="Den kommune, hvor familien bor." error={errors.toOrgId?.message}>
          <select className={inputClass} {...register("toOrgId")}>
            <option value="">Vælg kommune</option>
            {kommuner.map((k) => (
              <option key={k.id} value={k.id}>{k.name}</option>
            ))}
          </select>
        </Field>
        <Field label="Din stilling (valgfrit)" error={errors.reporterProfession?.message}>
          <input autoComplete="organization-title" className={inputClass} {...register("reporterProfession")} />
        </Field>
        <Field label="Dine kontaktoplysninger (valgfrit)" hint="Telefon eller e-mail til kvitteringen." error={errors.reporterContact?.message}>
          <input autoComplete="off" className={inputClass} {...register("reporterContact")} />
        </Field>
        <label className="flex items-center gap-2">
          <input type="checkbox" {...register("publicEmployee")} /> Jeg er offentligt ansat (skærpet underretningspligt)
        </label>
      </fieldset>
      <ReportContentFields
        field={(name) => register(name)}
        errors={errors}
        about={watchedAbout}
        cpr={watchedCpr}
        cprHint="10 cifre. CPR-nummeret krypteres og vises kun for kommunen."
      />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Sender …" : "Send underretning"}</Button>
      </div>
    </form>
  );
}
