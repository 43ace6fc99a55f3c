"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { cprWarning } from "@/components/case/cpr-warning";
import { Field, inputClass } from "@/components/ui/field";
import { ABOUT_LABELS } from "@/lib/underretninger/labels";
import type { ReportContentInput } from "@/lib/underretninger/schemas";
import { optionsOf, RadioGroup, YES_NO_UNKNOWN } from "./radio-group";

type ContentField = keyof ReportContentInput;

export const cprLabel = (about: ReportContentInput["about"]) => (about === "BARN" ? "Barnets CPR-nummer" : "Moderens CPR-nummer");

/**
 * Whom the report is about and what it says: the same fieldsets in the
 * familieafdeling's intake form and in a professional's own submission. Each
 * form passes its own `register`, so the fields stay typed by the form.
 */
export function ReportContentFields({
  field,
  errors,
  about,
  cpr,
  cprHint,
  identity,
}: {
  field: (name: ContentField) => UseFormRegisterReturn;
  errors: Partial<Record<ContentField, { message?: string }>>;
  about: ReportContentInput["about"];
  cpr: string;
  cprHint: string;
  /** Replaces the CPR field: the intake's "CPR ukendt" choice (components/case/identity-fields). */
  identity?: React.ReactNode;
}) {
  return (
    <>
      <fieldset className="flex flex-col gap-4 rounded border border-slate-200 p-4">
        <legend className="px-1 text-lg font-semibold">Hvem handler underretningen om?</legend>
        <RadioGroup legend="Underretningen vedrører" options={optionsOf(ABOUT_LABELS)} registration={field("about")} error={errors.about?.message} />
        {identity ?? (
          <Field label={cprLabel(about)} hint={cprHint} error={errors.cpr?.message} warning={cprWarning(cpr)}>
            <input inputMode="numeric" autoComplete="off" className={inputClass} {...field("cpr")} />
          </Field>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={about === "BARN" ? "Barnets fornavn" : "Moderens fornavn"} error={errors.firstName?.message}>
            <input autoComplete="off" className={inputClass} {...field("firstName")} />
          </Field>
          <Field label={about === "BARN" ? "Barnets efternavn" : "Moderens efternavn"} error={errors.lastName?.message}>
            <input autoComplete="off" className={inputClass} {...field("lastName")} />
          </Field>
        </div>
        {about !== "BARN" && (
          <Field label={about === "UFOEDT_BARN" ? "Termin" : "Termin (valgfrit)"} error={errors.termin?.message}>
            <input type="date" className={inputClass} {...field("termin")} />
          </Field>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded border border-slate-200 p-4">
        <legend className="px-1 text-lg font-semibold">Underretningens indhold</legend>
        <Field label="Hvad har du set og hørt" hint="Underretterens egne iagttagelser, så konkret som muligt." error={errors.observations?.message}>
          <textarea rows={6} className={inputClass} {...field("observations")} />
        </Field>
        <Field label="Rusmidler (valgfrit)" error={errors.substances?.message}>
          <input autoComplete="off" className={inputClass} {...field("substances")} />
        </Field>
        <Field label="Grad af eksponering (valgfrit)" error={errors.exposure?.message}>
          <textarea rows={2} className={inputClass} {...field("exposure")} />
        </Field>
        <RadioGroup legend="Er kvinden orienteret om underretningen?" options={YES_NO_UNKNOWN} registration={field("womanInformed")} error={errors.womanInformed?.message} />
        <RadioGroup legend="Har kvinden fået en kopi?" options={YES_NO_UNKNOWN} registration={field("copyGiven")} error={errors.copyGiven?.message} />
      </fieldset>
    </>
  );
}
