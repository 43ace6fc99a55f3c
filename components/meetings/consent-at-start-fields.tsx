"use client";

import { useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { Field, inputClass } from "@/components/ui/field";
import { CONSENT_GIVER_LABELS, consentGiversFor } from "@/lib/consents/labels";
import { CATEGORIES, categoryDescription, categoryLabel, type Category } from "@/lib/domain/categories";
import type { SaveMinutesInput } from "@/lib/meetings/minutes/schemas";
import type { MinutesOrg } from "./minutes-types";

/**
 * "Samtykke indhentet ved mødets start" (Syddanmark B3): recorded as a
 * consent through the consent path, with the referat as its evidence.
 */
export function ConsentAtStartFields({ control, register, setValue, errors, caseKind, caseOrgs, canShareStamdata, submitted }: {
  control: Control<SaveMinutesInput>; register: UseFormRegister<SaveMinutesInput>; setValue: UseFormSetValue<SaveMinutesInput>;
  errors: FieldErrors<SaveMinutesInput>; caseKind: "GRAVID" | "BARN"; caseOrgs: MinutesOrg[]; canShareStamdata: boolean; submitted: boolean;
}) {
  const consent = useWatch({ control, name: "consentAtStart" });
  const e = errors.consentAtStart;
  const validate = { shouldValidate: submitted };
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-3">
      <legend className="font-medium">Samtykke ved mødets start</legend>
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1 h-4 w-4" {...register("consentAtStart.obtained")} />
        <span>Samtykke indhentet ved mødets start</span>
      </label>
      {consent?.obtained && (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label="Hvem gav samtykket?" error={e?.givenBy?.message}>
              <select className={inputClass} {...register("consentAtStart.givenBy")}>
                {consentGiversFor(caseKind).map((g) => <option key={g} value={g}>{CONSENT_GIVER_LABELS[g]}</option>)}
              </select>
            </Field>
            <Field label="Navn på den, der gav samtykket" error={e?.givenByName?.message}>
              <input className={inputClass} autoComplete="off" {...register("consentAtStart.givenByName")} />
            </Field>
          </div>
          <CheckboxGroup
            legend="Organisationer, samtykket gælder" error={e?.recipientOrgIds?.message}
            options={caseOrgs.map((o) => ({ value: o.id, label: o.name }))}
            value={consent.recipientOrgIds ?? []} onChange={(next) => setValue("consentAtStart.recipientOrgIds", next, validate)}
          />
          <CheckboxGroup<Category>
            legend="Oplysningskategorier, samtykket gælder" error={e?.categories?.message}
            options={CATEGORIES.filter((c) => canShareStamdata || c !== "STAMDATA")
              .map((c) => ({ value: c, label: categoryLabel(c), description: categoryDescription(c) }))}
            value={(consent.categories ?? []) as Category[]} onChange={(next) => setValue("consentAtStart.categories", next, validate)}
          />
          <p className="text-sm text-slate-600">Samtykket registreres som mundtligt, med referatet som dokumentation, og gælder ét år.</p>
        </>
      )}
    </fieldset>
  );
}
