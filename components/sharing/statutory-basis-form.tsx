"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { recordStatutoryBasisAction } from "@/lib/consents/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { STATUTORY_BASES, STATUTORY_CODES } from "@/lib/access/statutory-bases";
import type { RecordStatutoryBasisInput } from "@/lib/consents/schemas";
import { categoryLabel } from "@/lib/domain/categories";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadRecordStatutoryBasisSchema = () => import("@/lib/consents/schemas").then((m) => m.recordStatutoryBasisSchema);

/** Sharing without consent, from the fixed list; the reason is required and the step is audited. */
export function StatutoryBasisForm({ caseId, orgs }: { caseId: string; orgs: { id: string; name: string }[] }) {
  const [success, setSuccess] = useState(false);
  const defaults: RecordStatutoryBasisInput = { caseId, code: "SUL_43_2", recipientOrgId: orgs[0]?.id ?? "", categories: [], reason: "" };
  const { register, handleSubmit, setError, reset, control, setValue, formState } = useForm<RecordStatutoryBasisInput>({
    resolver: useLazyResolver(loadRecordStatutoryBasisSchema),
    defaultValues: defaults,
  });
  const { formError, apply } = useActionErrors(setError);
  const code = useWatch({ control, name: "code" });
  const chosen = useWatch({ control, name: "categories" }) ?? [];
  const basis = STATUTORY_BASES[code] ?? STATUTORY_BASES.SUL_43_2;
  const onSubmit = handleSubmit(async (values) => {
    const saved = apply(await recordStatutoryBasisAction(values));
    setSuccess(saved);
    if (saved) reset(defaults);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Del uden samtykke (hjemmel)</h3>
      <FormMessage kind="error">{formError}</FormMessage>
      {success && <FormMessage kind="success">Hjemlen er registreret.</FormMessage>}
      <input type="hidden" {...register("caseId")} />
      <Field label="Hjemmel" hint={`${basis.legalReference}. ${basis.description}`} error={formState.errors.code?.message}>
        <select className={inputClass} {...register("code", { onChange: () => setValue("categories", []) })}>
          {STATUTORY_CODES.map((c) => <option key={c} value={c}>{STATUTORY_BASES[c].label} ({STATUTORY_BASES[c].legalReference})</option>)}
        </select>
      </Field>
      <Field label="Modtager" error={formState.errors.recipientOrgId?.message}>
        <select className={inputClass} {...register("recipientOrgId")}>
          {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Oplysningskategorier, som hjemlen dækker</legend>
        {basis.categories.map((c) => (
          <label key={c} className="flex items-center gap-2">
            <input
              type="checkbox" className="h-4 w-4" checked={chosen.includes(c)}
              onChange={(e) => setValue("categories", e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c), { shouldValidate: formState.isSubmitted })}
            />
            {categoryLabel(c)}
          </label>
        ))}
        {formState.errors.categories?.message && (
          <p className="text-sm font-medium text-red-700"><span aria-hidden="true">✖ </span>{formState.errors.categories.message}</p>
        )}
      </fieldset>
      <Field label="Begrundelse" hint="Hvorfor deles der uden samtykke? Begrundelsen logges." error={formState.errors.reason?.message}>
        <textarea rows={3} className={inputClass} {...register("reason")} />
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Registrér hjemmel"}</Button>
      </div>
    </form>
  );
}
