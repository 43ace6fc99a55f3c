"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { PlanEditor } from "@/lib/plans/editor";
import type { PlanPage } from "@/lib/plans/plan-page";
import type { SaveDraftInput } from "@/lib/plans/schemas";
import { saveDraftAction } from "@/lib/plans/server-actions";
import { ContactsFields, FocusPointsFields } from "./contacts-fields";
import { GoalsFields } from "./goals-fields";
import { InterventionsFields } from "./interventions-fields";

const loadSchema = () => import("@/lib/plans/schemas").then((m) => m.saveDraftSchema);

type Version = NonNullable<PlanPage["version"]>;

function defaultsOf(planId: string, v: Version): SaveDraftInput {
  const c = v.content;
  return {
    planId, versionId: v.id, lockVersion: v.lockVersion, purpose: v.purpose, focusPoints: v.focusPoints,
    goals: c.goals.map((g) => ({ key: g.key, title: g.title, targetDate: g.targetDate, status: g.recordedStatus, note: g.note ?? "" })),
    interventions: c.interventions.map((i) => ({
      key: i.key, track: i.track, catalogueEntryId: i.catalogueEntryId, responsibleOrgId: i.responsibleOrgId, responsibleUserId: i.responsibleUserId ?? "",
      startDate: i.startDate, durationWeeks: i.durationWeeks ?? undefined, followUpDate: i.followUpDate, frequency: i.frequency, goalKeys: i.goalKeys,
    })),
    contacts: c.contacts.map((k) => ({ orgId: k.orgId, name: k.name, phone: k.phone ?? "", fallback: k.fallback ?? "" })),
    afterBirthStay: v.afterBirthStay ?? "", afterBirthFeeding: v.afterBirthFeeding ?? "", afterBirthDischarge: v.afterBirthDischarge ?? "",
  };
}

/** The owner's draft: purpose, focus points, goals, interventions in two tracks, contacts and "efter fødslen". */
export function PlanDraftForm({ planId, version, editor }: { planId: string; version: Version; editor: PlanEditor }) {
  const router = useRouter();
  const form = useForm<SaveDraftInput>({ shouldFocusError: false, resolver: useLazyResolver(loadSchema), defaultValues: defaultsOf(planId, version) });
  const { register, handleSubmit, setError, setValue, formState } = form;
  const { formError, apply } = useActionErrors(setError);
  const summary = useErrorSummary(formState);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await saveDraftAction(values);
    if (apply(result, "Kladden er gemt. Send planen til godkendelse, når den er færdig.")) {
      setValue("lockVersion", result.data.lockVersion);
      router.refresh();
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded border border-slate-200 bg-slate-50 p-4" aria-labelledby="kladde-titel">
      <h2 id="kladde-titel" className="text-lg font-semibold">Kladde, version {version.number}</h2>
      <ErrorSummary {...summary} />
      <FormMessage kind="error">{formError}</FormMessage>
      <Field label="Formål" hint="Hvad skal planen opnå for barnet og familien? Skriv, så familien kan læse det." error={errors.purpose?.message}>
        <textarea rows={3} className={inputClass} {...register("purpose")} />
      </Field>
      <FocusPointsFields form={form} />
      <GoalsFields form={form} />
      <InterventionsFields form={form} editor={editor} />
      <ContactsFields form={form} orgs={editor.orgs} />
      <fieldset className="flex flex-col gap-3">
        <legend className="font-medium">Efter fødslen</legend>
        <Field label="Ophold på barselsgangen" error={errors.afterBirthStay?.message}><textarea rows={2} className={inputClass} {...register("afterBirthStay")} /></Field>
        <Field label="Amning" error={errors.afterBirthFeeding?.message}><textarea rows={2} className={inputClass} {...register("afterBirthFeeding")} /></Field>
        <Field label="Udskrivning til sundhedsplejen" error={errors.afterBirthDischarge?.message}><textarea rows={2} className={inputClass} {...register("afterBirthDischarge")} /></Field>
      </fieldset>
      <div><Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem kladde"}</Button></div>
    </form>
  );
}
