"use client";

import { useForm } from "react-hook-form";
import { assessReportAction } from "@/lib/underretninger/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { AssessReportInput } from "@/lib/underretninger/schemas";
import { RadioGroup, YES_NO } from "./radio-group";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadAssessReportSchema = () => import("@/lib/underretninger/schemas").then((m) => m.assessReportSchema);

/** The 24-hour assessment; who and when are taken from the session and the clock. */
export function AssessForm({ reportId }: { reportId: string }) {
  const { register, handleSubmit, setError, formState } = useForm<AssessReportInput>({
    resolver: useLazyResolver(loadAssessReportSchema, { raw: true }),
    defaultValues: { reportId, reasons: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    apply(await assessReportAction(values), "Vurderingen er gemt.");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("reportId")} />
      <RadioGroup legend="Er der behov for akutte foranstaltninger?" options={YES_NO} registration={register("acute")} error={formState.errors.acute?.message} />
      <Field label="Begrundelse" hint="Er barnets sundhed eller udvikling i fare? Hvad er næste skridt?" error={formState.errors.reasons?.message}>
        <textarea rows={4} className={inputClass} {...register("reasons")} />
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Registrér vurdering"}</Button>
      </div>
    </form>
  );
}
