"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { SaveDraftInput } from "@/lib/plans/schemas";

/** Focus points: short lines, kept as a list of strings. */
export function FocusPointsFields({ form }: { form: UseFormReturn<SaveDraftInput> }) {
  const { register, watch, setValue, formState: { errors } } = form;
  const points = watch("focusPoints") ?? [];
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">Fokuspunkter</legend>
      {points.map((_, i) => (
        <div key={i} className="flex flex-wrap items-end gap-2">
          <Field label={`Fokuspunkt ${i + 1}`} error={errors.focusPoints?.[i]?.message}><input className={`${inputClass} w-96`} {...register(`focusPoints.${i}`)} /></Field>
          <Button type="button" variant="link" onClick={() => setValue("focusPoints", points.filter((__, n) => n !== i))} aria-label={`Fjern fokuspunkt ${i + 1}`}>Fjern</Button>
        </div>
      ))}
      <div><Button type="button" variant="secondary" onClick={() => setValue("focusPoints", [...points, ""])}>Tilføj fokuspunkt</Button></div>
    </fieldset>
  );
}

/** Whom to call per organisation, and whom when the contact person cannot be reached. */
export function ContactsFields({ form, orgs }: { form: UseFormReturn<SaveDraftInput>; orgs: { id: string; name: string }[] }) {
  const { control, register, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "contacts" });
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-medium">Kontaktpersoner</legend>
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const e = errors.contacts?.[i];
          return (
            <li key={field.id} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2">
              <Field label={`Kontakt ${i + 1}: organisation`} error={e?.orgId?.message}>
                <select className={inputClass} {...register(`contacts.${i}.orgId`)}>
                  <option value="">Vælg organisation</option>
                  {orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                </select>
              </Field>
              <Field label="Navn" error={e?.name?.message}><input className={inputClass} autoComplete="off" {...register(`contacts.${i}.name`)} /></Field>
              <Field label="Telefon (valgfri)" error={e?.phone?.message}><input className={inputClass} autoComplete="off" {...register(`contacts.${i}.phone`)} /></Field>
              <Field label="Hvis kontaktpersonen ikke kan træffes" error={e?.fallback?.message}><input className={inputClass} {...register(`contacts.${i}.fallback`)} /></Field>
              <div><Button type="button" variant="link" onClick={() => remove(i)} aria-label={`Fjern kontakt ${i + 1}`}>Fjern kontakt</Button></div>
            </li>
          );
        })}
      </ol>
      <div><Button type="button" variant="secondary" onClick={() => append({ orgId: "", name: "", phone: "", fallback: "" })}>Tilføj kontaktperson</Button></div>
    </fieldset>
  );
}
