"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { REPORTER_KIND_LABELS } from "@/lib/underretninger/labels";
import type { CreateReportInput } from "@/lib/underretninger/schemas";
import { optionsOf, RadioGroup } from "./radio-group";

/** The reporter part of the intake form. An anonymous reporter gives no name or contact. */
export function ReporterFields({
  register,
  errors,
  kind,
  organisations,
  onPublicEmployer,
}: {
  register: UseFormRegister<CreateReportInput>;
  /** A reporter from an organisation in Samforløb works for a public body: "offentligt ansat" turns on (issue 9 item 7). */
  onPublicEmployer: () => void;
  errors: FieldErrors<CreateReportInput>;
  kind: CreateReportInput["reporterKind"];
  organisations: { id: string; name: string }[];
}) {
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-slate-200 p-4">
      <legend className="px-1 text-lg font-semibold">Underretter</legend>
      <RadioGroup legend="Hvem underretter?" options={optionsOf(REPORTER_KIND_LABELS)} registration={register("reporterKind")} error={errors.reporterKind?.message} />
      {kind !== "ANONYM" && (
        <>
          <Field label="Underretterens navn" error={errors.reporterName?.message}>
            <input autoComplete="off" className={inputClass} {...register("reporterName")} />
          </Field>
          {kind === "FAGPERSON" && (
            <>
              <Field
                label="Underretterens organisation i Samforløb (valgfrit)"
                hint="Vælg organisationen, hvis underretteren arbejder i en organisation, der bruger Samforløb. Den kan så følge status på underretningen."
                error={errors.reporterOrgId?.message}
              >
                <select className={inputClass} {...register("reporterOrgId", { onChange: (e) => { if (e.target.value) onPublicEmployer(); } })}>
                  <option value="">Ikke i listen</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>{o.name}</option>
                  ))}
                </select>
              </Field>
              <Field label="Arbejdssted (valgfrit)" hint="Udfyldes automatisk fra organisationen, hvis feltet er tomt." error={errors.reporterOrganisation?.message}>
                <input autoComplete="off" className={inputClass} {...register("reporterOrganisation")} />
              </Field>
              <Field label="Stilling (valgfrit)" error={errors.reporterProfession?.message}>
                <input autoComplete="off" className={inputClass} {...register("reporterProfession")} />
              </Field>
            </>
          )}
          <Field label="Kontaktoplysninger (valgfrit)" hint="Telefon, e-mail eller adresse til kvitteringen." error={errors.reporterContact?.message}>
            <input autoComplete="off" className={inputClass} {...register("reporterContact")} />
          </Field>
          <label className="flex items-center gap-2">
            <input type="checkbox" {...register("publicEmployee")} /> Underretteren er offentligt ansat (skærpet underretningspligt)
          </label>
        </>
      )}
    </fieldset>
  );
}
