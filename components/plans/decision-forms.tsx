"use client";

import { useRouter } from "next/navigation";
import { useForm, type FieldValues, type Path } from "react-hook-form";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { ActionResult } from "@/lib/actions/result";
import { REVISION_REASON_LABELS, REVISION_REASONS } from "@/lib/domain/plans/kinds";
import { approvePlanAction, returnPlanAction, revisePlanAction, submitPlanAction } from "@/lib/plans/server-actions";

const loadApprove = () => import("@/lib/plans/schemas").then((m) => m.approveSchema);
const loadReturn = () => import("@/lib/plans/schemas").then((m) => m.returnSchema);
const loadRevise = () => import("@/lib/plans/schemas").then((m) => m.reviseSchema);

/** One text field and one button for a decision on a sent version (approve with a comment, return with a reason). */
function TextDecision<V extends FieldValues & { planId: string; versionId: string }>({ defaults, field, label, hint, button, variant, saved, run, load }: {
  defaults: V; field: Path<V>; label: string; hint: string; button: string; variant: "primary" | "danger"; saved: string;
  run: (values: V) => Promise<ActionResult<unknown>>; load: () => Promise<import("@/lib/validation/zod").z.ZodType>;
}) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<V>({ resolver: useLazyResolver(load), defaultValues: defaults as never });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => { if (apply(await run(values), saved)) router.refresh(); });
  const error = formState.errors[field]?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <FormMessage kind="error">{formError}</FormMessage>
      <Field label={label} hint={hint} error={typeof error === "string" ? error : undefined}><textarea rows={2} className={inputClass} {...register(field)} /></Field>
      <div><Button type="submit" variant={variant} disabled={formState.isSubmitting}>{button}</Button></div>
    </form>
  );
}

/** The leader's decision on a version sent for approval. */
export function DecisionForms({ planId, versionId }: { planId: string; versionId: string }) {
  return (
    <section aria-labelledby="godkend-titel" className="flex flex-col gap-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="godkend-titel" className="text-lg font-semibold">Godkend eller send retur</h2>
      <TextDecision defaults={{ planId, versionId, comment: "" }} field="comment" label="Kommentar til godkendelsen" hint="Vises på planen og i PDF'en."
        button="Godkend planen" variant="primary" saved="Planen er godkendt. De ansvarlige har fået deres opfølgningsopgaver." run={approvePlanAction} load={loadApprove} />
      <TextDecision defaults={{ planId, versionId, reason: "" }} field="reason" label="Hvorfor sendes planen retur?" hint="Den, der skrev planen, ser begrundelsen."
        button="Send retur" variant="danger" saved="Planen er sendt retur med din begrundelse." run={returnPlanAction} load={loadReturn} />
    </section>
  );
}

type ReviseValues = { planId: string; reason: string; note: string };

/** Revising an approved plan starts a new draft; the reason is required. */
export function ReviseForm({ planId, caseId }: { planId: string; caseId: string }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<ReviseValues>({ resolver: useLazyResolver(loadRevise), defaultValues: { planId, reason: "", note: "" } });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    const result = await revisePlanAction(values as Parameters<typeof revisePlanAction>[0]);
    if (apply(result)) router.push(`/sager/${caseId}/planer/${planId}?version=${result.data.versionId}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <FormMessage kind="error">{formError}</FormMessage>
      <Field label="Hvorfor revideres planen?" error={formState.errors.reason?.message}>
        <select className={`${inputClass} sm:w-72`} {...register("reason")}>
          <option value="">Vælg årsag</option>
          {REVISION_REASONS.map((r) => <option key={r} value={r}>{REVISION_REASON_LABELS[r]}</option>)}
        </select>
      </Field>
      <Field label="Uddybning (valgfri)" error={formState.errors.note?.message}><input className={inputClass} {...register("note")} /></Field>
      <div><Button type="submit" disabled={formState.isSubmitting}>Start ny version</Button></div>
    </form>
  );
}

/** The owner sends the draft to a leader of its organisation. */
export function SubmitPlanButton({ planId, versionId }: { planId: string; versionId: string }) {
  const router = useRouter();
  return (
    <ActionButton variant="primary" label="Send til godkendelse" saved="Planen er sendt til godkendelse." run={async () => {
      const result = await submitPlanAction({ planId, versionId });
      if (result.ok) router.refresh();
      return result;
    }} />
  );
}
