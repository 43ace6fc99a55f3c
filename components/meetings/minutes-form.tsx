"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import { consentGiversFor } from "@/lib/consents/labels";
import { ATTENDANCE_LABELS, ATTENDANCES, MINUTES_TEXT_FIELDS } from "@/lib/meetings/minutes/labels";
import type { MinutesContent } from "@/lib/meetings/minutes/queries";
import type { SaveMinutesInput } from "@/lib/meetings/minutes/schemas";
import { saveMinutesAction } from "@/lib/meetings/minutes/server-actions";
import { ConsentAtStartFields } from "./consent-at-start-fields";
import { MinutesActionsFields } from "./minutes-actions-fields";
import type { MinutesInvitee, MinutesOrg, MinutesPerson } from "./minutes-types";

const loadSchema = () => import("@/lib/meetings/minutes/schemas").then((m) => m.saveMinutesSchema);

/** The draft referat: the Syddanmark structure, actions, next meeting, attendance and consent at the start. */
export function MinutesForm({ meetingId, draft, attendance, invitees, caseOrgs, people, caseKind, canShareStamdata }: {
  meetingId: string; draft: MinutesContent | null; attendance: Record<string, string | null>;
  invitees: MinutesInvitee[]; caseOrgs: MinutesOrg[]; people: MinutesPerson[]; caseKind: "GRAVID" | "BARN"; canShareStamdata: boolean;
}) {
  const defaults: SaveMinutesInput = {
    meetingId,
    problem: draft?.problem ?? "", conclusion: draft?.conclusion ?? "", plan: draft?.plan ?? "", roles: draft?.roles ?? "",
    actions: (draft?.actions ?? []).map((a) => ({ title: a.title, ownerOrgId: a.ownerOrgId, ownerUserId: a.ownerUserId ?? "", dueOn: a.dueOn })),
    nextMeetingOn: draft?.nextMeetingOn ?? "",
    attendance: invitees.map((i) => ({ inviteeId: i.id, attendance: (attendance[i.id] ?? "") as SaveMinutesInput["attendance"][number]["attendance"] })),
    consentAtStart: { obtained: false, givenBy: consentGiversFor(caseKind)[0] ?? "MOTHER", givenByName: "", recipientOrgIds: [], categories: [] },
  };
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<SaveMinutesInput>({
    // The error summary takes focus on a failed submit (ADR 0021), not the first field.
    shouldFocusError: false,
    resolver: useLazyResolver(loadSchema), defaultValues: defaults,
  });
  const { formError, apply } = useActionErrors(setError);
  const summary = useErrorSummary(formState);
  const [saved, setSaved] = useState(false);
  const texts = useWatch({ control });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => setSaved(apply(await saveMinutesAction(values))));

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">{draft ? "Ret udkast til referat" : "Skriv referat"}</h3>
      <ErrorSummary {...summary} />
      <FormMessage kind="error">{formError}</FormMessage>
      {saved && <FormMessage kind="success">Udkastet er gemt. Godkend referatet, når det er færdigt.</FormMessage>}
      <input type="hidden" {...register("meetingId")} />
      {MINUTES_TEXT_FIELDS.map((f) => (
        <div key={f.name} className="flex flex-col gap-1">
          <Field label={f.label} error={errors[f.name]?.message}>
            <textarea rows={4} className={inputClass} {...register(f.name)} />
          </Field>
          <CharacterCount id={`${f.name}-count-${meetingId}`} length={(texts[f.name] ?? "").length} max={f.max} />
        </div>
      ))}
      <MinutesActionsFields control={control} register={register} errors={errors} caseOrgs={caseOrgs} people={people} />
      <Field label="Næste møde (valgfri)" hint="Datoen skrives i referatet; selve mødet planlægger du bagefter." error={errors.nextMeetingOn?.message}>
        <input type="date" className={`${inputClass} sm:w-56`} {...register("nextMeetingOn")} />
      </Field>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Fremmøde</legend>
        <p className="text-sm text-slate-600">Skal registreres for alle, før referatet godkendes. Udeblivelser tælles med i overblikket.</p>
        {invitees.map((invitee, i) => (
          <Field key={invitee.id} label={invitee.name} error={errors.attendance?.[i]?.attendance?.message}>
            <select className={`${inputClass} sm:w-72`} {...register(`attendance.${i}.attendance`)}>
              <option value="">Ikke registreret</option>
              {ATTENDANCES.map((a) => <option key={a} value={a}>{ATTENDANCE_LABELS[a]}</option>)}
            </select>
          </Field>
        ))}
      </fieldset>
      {draft?.consent ? (
        <p className="rounded border border-slate-200 bg-white p-3 text-sm">
          Samtykke ved mødets start er registreret (givet af {draft.consent.givenByName}). Ændringer sker under &quot;Samtykker og hjemmel&quot; på sagen.
        </p>
      ) : (
        <ConsentAtStartFields
          control={control} register={register} setValue={setValue} errors={errors} caseKind={caseKind} caseOrgs={caseOrgs}
          canShareStamdata={canShareStamdata} submitted={formState.isSubmitted}
        />
      )}
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem udkast"}</Button>
      </div>
    </form>
  );
}
