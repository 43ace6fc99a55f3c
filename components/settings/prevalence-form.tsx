"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { Prevalence, PrevalenceForm as PrevalenceInput } from "@/lib/domain/dashboard/expected";
import { savePrevalenceAction } from "@/lib/orgs/server-actions";

const loadSchema = () => import("@/lib/domain/dashboard/expected").then((m) => m.prevalenceFormSchema);

/** National figure, Denmark's population and the kommune's: what "Forventet og fundet" is computed from. */
export function PrevalenceForm({ initial }: { initial: Prevalence }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<PrevalenceInput>({
    resolver: useLazyResolver(loadSchema),
    defaultValues: { ...initial, kommunePopulation: initial.kommunePopulation ?? Number.NaN },
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState<string | null>(null);
  const e = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    const result = await savePrevalenceAction(values);
    if (!apply(result)) return;
    setSaved(result.data.changed.length === 0 ? "Tallene er gemt (ingen ændringer)." : "Tallene er gemt.");
    reset(values);
  }, () => setSaved(null));
  const number = (name: keyof PrevalenceInput) => (
    <input type="number" inputMode="numeric" step={1} min={1} className={`${inputClass} w-40`} {...register(name, { valueAsNumber: true })} />
  );
  return (
    <form noValidate onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-4 rounded-lg border border-slate-300 bg-white p-6">
      <FormMessage kind="error">{formError}</FormMessage>
      <FormMessage kind="success">{saved}</FormMessage>
      <Field label="Gravide med skadeligt rusmiddelforbrug pr. år, hele landet" hint="Omkring 1.150 (1.133 i 2016, 1.149 i 2017)." error={e.nationalPerYear?.message}>
        {number("nationalPerYear")}
      </Field>
      <Field label="Danmarks befolkning" hint="Danmarks Statistik, 1. januar 2025: 5.992.734." error={e.nationalPopulation?.message}>
        {number("nationalPopulation")}
      </Field>
      <Field label="Kommunens befolkning" hint="Uden den vises intet forventet antal." error={e.kommunePopulation?.message}>
        {number("kommunePopulation")}
      </Field>
      <div><Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem tallene"}</Button></div>
    </form>
  );
}
