"use client";

import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { PLAN_TRACKS, TRACK_LABELS } from "@/lib/domain/plans/kinds";
import type { PlanEditor } from "@/lib/plans/editor";
import { MAX_INTERVENTIONS, type SaveDraftInput } from "@/lib/plans/schemas";

/**
 * Interventions in two tracks (sundhed, social): each from the catalogue,
 * with its responsible organisation on the case and optionally a named
 * person there, dates, frequency and the goals it serves. On approval each
 * becomes a follow-up task of its responsible organisation.
 */
export function InterventionsFields({ form, editor }: { form: UseFormReturn<SaveDraftInput>; editor: PlanEditor }) {
  const { control, register, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "interventions" });
  const values = useWatch({ control, name: "interventions" }) ?? [];
  const goals = useWatch({ control, name: "goals" }) ?? [];
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-medium">Indsatser</legend>
      <p className="text-sm text-slate-600">Hver indsats er den ansvarlige organisations. Den får en opgave på opfølgningsdatoen, når planen er godkendt.</p>
      <ol className="flex flex-col gap-3">
        {fields.map((field, i) => {
          const e = errors.interventions?.[i];
          const track = values[i]?.track;
          const orgPeople = editor.people.filter((p) => p.orgId === values[i]?.responsibleOrgId);
          return (
            <li key={field.id} className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2">
              <Field label={`Indsats ${i + 1}: spor`} error={e?.track?.message}>
                <select className={inputClass} {...register(`interventions.${i}.track`)}>
                  {PLAN_TRACKS.map((t) => <option key={t} value={t}>{TRACK_LABELS[t]}</option>)}
                </select>
              </Field>
              <Field label="Indsats fra kataloget" error={e?.catalogueEntryId?.message}>
                <select className={inputClass} {...register(`interventions.${i}.catalogueEntryId`)}>
                  <option value="">Vælg indsats</option>
                  {editor.catalogue.filter((c) => !track || c.track === track).map((c) => <option key={c.id} value={c.id}>{c.name} ({c.legalBasis})</option>)}
                </select>
              </Field>
              <Field label="Ansvarlig organisation" error={e?.responsibleOrgId?.message}>
                <select className={inputClass} {...register(`interventions.${i}.responsibleOrgId`)}>
                  <option value="">Vælg organisation</option>
                  {editor.orgs.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                </select>
              </Field>
              <Field label="Ansvarlig person (valgfri)" error={e?.responsibleUserId?.message}>
                <select className={inputClass} {...register(`interventions.${i}.responsibleUserId`)}>
                  <option value="">Hele organisationen</option>
                  {orgPeople.map((p) => <option key={p.userId} value={p.userId}>{p.name}</option>)}
                </select>
              </Field>
              <Field label="Start" error={e?.startDate?.message}><input type="date" className={inputClass} {...register(`interventions.${i}.startDate`)} /></Field>
              <Field label="Forventet varighed i uger (valgfri)" error={e?.durationWeeks?.message}>
                <input type="number" inputMode="numeric" min={1} className={inputClass}
                  {...register(`interventions.${i}.durationWeeks`, { setValueAs: (v) => (v === "" || v === null || v === undefined ? undefined : Number(v)) })} />
              </Field>
              <Field label="Opfølgning" error={e?.followUpDate?.message}><input type="date" className={inputClass} {...register(`interventions.${i}.followUpDate`)} /></Field>
              <Field label="Hyppighed" hint="Fx hver uge" error={e?.frequency?.message}><input className={inputClass} autoComplete="off" {...register(`interventions.${i}.frequency`)} /></Field>
              <fieldset className="sm:col-span-2">
                <legend className="text-sm font-medium">Mål, indsatsen tjener</legend>
                {goals.length === 0 && <p className="text-sm">Skriv målene først.</p>}
                {goals.map((g, n) => (
                  <label key={g?.key ?? n} className="mr-4 inline-flex items-center gap-2">
                    <input type="checkbox" value={g?.key} {...register(`interventions.${i}.goalKeys`)} />
                    {g?.title || `Mål ${n + 1}`}
                  </label>
                ))}
              </fieldset>
              <div><Button type="button" variant="link" onClick={() => remove(i)} aria-label={`Fjern indsats ${i + 1}`}>Fjern indsats</Button></div>
            </li>
          );
        })}
      </ol>
      {fields.length < MAX_INTERVENTIONS && (
        <div>
          <Button type="button" variant="secondary" onClick={() => append({
            key: crypto.randomUUID(), track: "SOCIAL", catalogueEntryId: "", responsibleOrgId: "", responsibleUserId: "", startDate: "",
            durationWeeks: undefined, followUpDate: "", frequency: "", goalKeys: [],
          })}>Tilføj indsats</Button>
        </div>
      )}
    </fieldset>
  );
}
