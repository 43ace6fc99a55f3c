"use client";

import { useForm } from "react-hook-form";
import { recordOutcomeAction } from "@/lib/underretninger/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { OUTCOME_LABELS } from "@/lib/underretninger/labels";
import type { OutcomeInput, ReportOutcome } from "@/lib/underretninger/schemas";
import { optionsOf } from "./radio-group";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadOutcomeSchema = () => import("@/lib/underretninger/schemas").then((m) => m.outcomeSchema);

export function OutcomeForm({ reportId, current }: { reportId: string; current: ReportOutcome | null }) {
  const { register, handleSubmit, setError, formState } = useForm<OutcomeInput>({
    resolver: useLazyResolver(loadOutcomeSchema, { raw: true }),
    defaultValues: { reportId, outcome: current ?? undefined },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    apply(await recordOutcomeAction(values), "Udfaldet er gemt.");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("reportId")} />
      <Field label="Udfald" error={formState.errors.outcome?.message}>
        <select className={inputClass} {...register("outcome")}>
          <option value="">Vælg udfald</option>
          {optionsOf(OUTCOME_LABELS).map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Registrér udfald"}</Button>
      </div>
    </form>
  );
}
