"use client";

import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { MeetingAgreement } from "@/lib/domain/meetings/agreement";
import { MEETING_TYPE_INFO, MEETING_TYPES } from "@/lib/domain/meetings/types";
import { ORG_TYPE_LABELS, ORG_TYPES } from "@/lib/domain/org-types";
import { saveAgreementAction } from "@/lib/orgs/server-actions";

const loadAgreementSchema = () => import("@/lib/domain/meetings/agreement").then((m) => m.meetingAgreementSchema);

const numberClass = `${inputClass} w-28`;

/** The organisation's samarbejdsaftale: notice per meeting type, the pregnancy's meetings, the default convener (ADR 0022). */
export function AgreementForm({ initial }: { initial: MeetingAgreement }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<MeetingAgreement>({
    resolver: useLazyResolver(loadAgreementSchema),
    defaultValues: initial,
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setSaved(null);
    const result = await saveAgreementAction(values);
    if (!apply(result)) return;
    setSaved(result.data.changed.length === 0 ? "Samarbejdsaftalen er gemt (ingen ændringer)." : "Samarbejdsaftalen er gemt.");
    reset(values);
  }, () => setSaved(null)); // A refused value must not sit under an old "gemt".

  // An empty field is NaN, which the schema refuses with the field's own message.
  const number = (name: FieldPath<MeetingAgreement>) => (
    <input type="number" inputMode="numeric" step={1} className={numberClass} {...register(name, { valueAsNumber: true })} />
  );

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-6 rounded-lg border border-slate-300 bg-white p-6">
      <FormMessage kind="error">{formError}</FormMessage>
      <FormMessage kind="success">{saved}</FormMessage>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-semibold">Varsel før møder (kalenderdage)</legend>
        <p className="text-sm text-slate-700">Mødeformularen advarer, når et møde indkaldes med kortere varsel. Den forhindrer det ikke.</p>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
          {MEETING_TYPES.map((type) => (
            <Field
              key={type}
              label={MEETING_TYPE_INFO[type].label}
              hint={type === "NETVAERKSMOEDE" ? "I graviditeten. Netværksmøder om barnet har deres eget varsel herunder." : undefined}
              error={errors.noticeDays?.[type]?.message}
            >
              {number(`noticeDays.${type}`)}
            </Field>
          ))}
          <Field label="Netværksmøde om barnet" hint="Netværksmøder i barnets forløb (efter fødslen)." error={errors.childNetworkNoticeDays?.message}>
            {number("childNetworkNoticeDays")}
          </Field>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-semibold">Graviditeten</legend>
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-2">
          <Field label="Mindste antal koordinationsmøder" hint="Vises på sagen som fx “1 af mindst 2”." error={errors.minCoordinationMeetingsInPregnancy?.message}>
            {number("minCoordinationMeetingsInPregnancy")}
          </Field>
          <Field label="Terminsmøde, uger før termin" hint="Giver en frist for terminsmødet, når terminen registreres." error={errors.terminMeetingWeeksBeforeTermin?.message}>
            {number("terminMeetingWeeksBeforeTermin")}
          </Field>
          <Field label="Planen klar, uger før termin" hint="Giver en frist for barnets plan, når terminen registreres." error={errors.planReadyWeeksBeforeTermin?.message}>
            {number("planReadyWeeksBeforeTermin")}
          </Field>
        </div>
      </fieldset>
      <Field label="Indkalder som udgangspunkt" hint="Den organisationstype, der indkalder, når andet ikke er aftalt." error={errors.defaultConvenerOrgType?.message}>
        <select className={`${inputClass} w-full sm:w-auto sm:self-start`} {...register("defaultConvenerOrgType")}>
          {ORG_TYPES.map((type) => <option key={type} value={type}>{ORG_TYPE_LABELS[type]}</option>)}
        </select>
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem samarbejdsaftalen"}</Button>
      </div>
    </form>
  );
}
