"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import { PROGRESS_KINDS, PROGRESS_LABELS } from "@/lib/domain/plans/goal-status";
import type { z } from "@/lib/validation/zod";
import type { progressSchema } from "@/lib/plans/schemas";
import { recordProgressAction } from "@/lib/plans/server-actions";

type Values = z.input<typeof progressSchema>;
const loadSchema = () => import("@/lib/plans/schemas").then((m) => m.progressSchema);

/** The responsible organisation records what happened on its intervention. */
export function ProgressForm({ planId, interventionKey, title, today }: { planId: string; interventionKey: string; title: string; today: string }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: useLazyResolver(loadSchema), defaultValues: { planId, interventionKey, kind: "AFHOLDT", on: today, note: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await recordProgressAction(values), "Fremdriften er registreret.")) {
      reset({ ...values, note: "" });
      router.refresh();
    }
  });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-col gap-2" aria-label={`Registrér fremdrift: ${title}`}>
      <FormMessage kind="error">{formError}</FormMessage>
      <div className="grid gap-2 sm:grid-cols-3">
        <Field label="Hvad er sket?" error={e.kind?.message}>
          <select className={inputClass} {...register("kind")}>{PROGRESS_KINDS.map((k) => <option key={k} value={k}>{PROGRESS_LABELS[k]}</option>)}</select>
        </Field>
        <Field label="Dato" error={e.on?.message}><input type="date" className={inputClass} {...register("on")} /></Field>
        <Field label="Note (valgfri)" error={e.note?.message}><input className={inputClass} {...register("note")} /></Field>
      </div>
      <div><Button type="submit" variant="secondary" disabled={formState.isSubmitting}>Registrér fremdrift</Button></div>
    </form>
  );
}
