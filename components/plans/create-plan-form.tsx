"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { z } from "@/lib/validation/zod";
import type { createPlanSchema } from "@/lib/plans/schemas";
import { createPlanAction } from "@/lib/plans/server-actions";

type Values = z.input<typeof createPlanSchema>;
const loadSchema = () => import("@/lib/plans/schemas").then((m) => m.createPlanSchema);

/** Starts a plan of a kind the organisation writes; its first version opens as a draft. */
export function CreatePlanForm({ caseId, kinds }: { caseId: string; kinds: { kind: string; label: string; legalReference: string }[] }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: useLazyResolver(loadSchema), defaultValues: { caseId, kind: kinds[0]?.kind as Values["kind"], consentId: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    const result = await createPlanAction(values);
    if (apply(result)) router.push(`/sager/${caseId}/planer/${result.data.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-wrap items-end gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <Field label="Ny plan" error={formState.errors.kind?.message ?? formState.errors.consentId?.message}>
        <select className={inputClass} {...register("kind")}>
          {kinds.map((k) => <option key={k.kind} value={k.kind}>{k.label} ({k.legalReference})</option>)}
        </select>
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Opretter …" : "Opret plan"}</Button>
    </form>
  );
}
