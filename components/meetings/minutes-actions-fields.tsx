"use client";

import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { SaveMinutesInput } from "@/lib/meetings/minutes/schemas";
import { MAX_ACTIONS } from "@/lib/meetings/minutes/labels";
import type { MinutesOrg, MinutesPerson } from "./minutes-types";

/**
 * The referat's actions: each has an owner organisation on the case, an
 * optional named person there and a due date. On approval each becomes a
 * task in the owner's "Mine opgaver".
 */
export function MinutesActionsFields({ control, register, errors, caseOrgs, people }: {
  control: Control<SaveMinutesInput>; register: UseFormRegister<SaveMinutesInput>; errors: FieldErrors<SaveMinutesInput>;
  caseOrgs: MinutesOrg[]; people: MinutesPerson[];
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "actions" });
  const actions = useWatch({ control, name: "actions" }) ?? [];
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-medium">Handlinger</legend>
      <p className="text-sm text-slate-600">Når referatet godkendes, bliver hver handling en opgave hos den ansvarlige.</p>
      {fields.length === 0 && <p className="text-sm">Ingen handlinger endnu.</p>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const e = errors.actions?.[i];
          const orgPeople = people.filter((p) => p.orgId === actions[i]?.ownerOrgId);
          return (
            <li key={field.id} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2">
              <Field label={`Handling ${i + 1}: hvad skal gøres?`} error={e?.title?.message}>
                <input className={inputClass} autoComplete="off" {...register(`actions.${i}.title`)} />
              </Field>
              <Field label="Frist" error={e?.dueOn?.message}>
                <input type="date" className={inputClass} {...register(`actions.${i}.dueOn`)} />
              </Field>
              <Field label="Ansvarlig organisation" error={e?.ownerOrgId?.message}>
                <select className={inputClass} {...register(`actions.${i}.ownerOrgId`)}>
                  <option value="">Vælg organisation</option>
                  {caseOrgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                </select>
              </Field>
              <Field label="Ansvarlig person (valgfri)" hint="Uden person lander opgaven hos hele organisationen." error={e?.ownerUserId?.message}>
                <select className={inputClass} {...register(`actions.${i}.ownerUserId`)}>
                  <option value="">Hele organisationen</option>
                  {orgPeople.map((p) => <option key={p.userId} value={p.userId}>{p.name}</option>)}
                </select>
              </Field>
              <div className="sm:col-span-2">
                <Button type="button" variant="link" onClick={() => remove(i)} aria-label={`Fjern handling ${i + 1}`}>Fjern handling</Button>
              </div>
            </li>
          );
        })}
      </ol>
      {typeof errors.actions?.message === "string" && <p className="text-sm font-medium text-red-700">{errors.actions.message}</p>}
      {fields.length < MAX_ACTIONS && (
        <div>
          <Button type="button" variant="secondary" onClick={() => append({ title: "", ownerOrgId: "", ownerUserId: "", dueOn: "" })}>
            Tilføj handling
          </Button>
        </div>
      )}
    </fieldset>
  );
}
