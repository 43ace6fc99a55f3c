"use client";

import { useForm } from "react-hook-form";
import { changeStageAction } from "@/lib/cases/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { StageTransitionInput } from "@/lib/cases/schemas";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadStageTransitionSchema = () => import("@/lib/cases/schemas").then((m) => m.stageTransitionSchema);

export function StageTransitionForm({ caseId, options }: { caseId: string; options: { value: StageTransitionInput["to"]; label: string }[] }) {
  const { register, handleSubmit, setError, formState } = useForm<StageTransitionInput>({
    resolver: useLazyResolver(loadStageTransitionSchema),
    // No preselected stage: a wrong default is one click from the history (issue 9 item 7).
    defaultValues: { caseId, to: "" as StageTransitionInput["to"], reason: "" },
  });
  const { formError, apply } = useActionErrors(setError);

  const onSubmit = handleSubmit(async (values) => {
    // A new stage remounts this form (key in StageSection) with fresh options.
    apply(await changeStageAction(values), "Sagens fase er ændret.");
  });

  if (options.length === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Skift fase</h3>
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <Field label="Ny fase" error={formState.errors.to?.message}>
        <select className={inputClass} {...register("to")}>
          <option value="">Vælg …</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </Field>
      <Field label="Begrundelse" hint="Begrundelsen vises i sagens historik og kan læses af alle organisationer på sagen. Skriv ikke helbreds- eller rusmiddeloplysninger her; brug et notat med den rette kategori." error={formState.errors.reason?.message}>
        <textarea rows={3} className={inputClass} {...register("reason")} />
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Skift fase"}</Button>
      </div>
    </form>
  );
}
