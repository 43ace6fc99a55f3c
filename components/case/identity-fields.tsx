"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { cprWarning } from "./cpr-warning";

export type IdentityField = "cprUnknown" | "cpr" | "birthDate" | "address" | "description";

/**
 * The CPR, or "CPR ukendt" and what she can be recognised by (ADR 0017).
 * The hidden fields keep what was typed (react-hook-form keeps unmounted
 * values), so ticking the box back and forth loses nothing.
 */
export function IdentityFields({
  field,
  errors,
  cprUnknown,
  cpr,
  cprLabel,
  cprHint,
  descriptionLabel,
}: {
  field: (name: IdentityField) => UseFormRegisterReturn;
  errors: Partial<Record<IdentityField, { message?: string }>>;
  cprUnknown: boolean;
  cpr: string;
  cprLabel: string;
  cprHint: string;
  descriptionLabel: string;
}) {
  const missing = errors.cprUnknown?.message;
  return (
    <>
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" aria-describedby="cpr-ukendt-hint" {...field("cprUnknown")} /> CPR ukendt
        </label>
        <p id="cpr-ukendt-hint" className="text-sm text-slate-600">
          Sæt kryds, hvis CPR-nummeret ikke kendes. Personen registreres &quot;uden CPR&quot;, og CPR-nummeret kan tilføjes på sagen senere.
        </p>
      </div>
      {!cprUnknown ? (
        <Field label={cprLabel} hint={cprHint} error={errors.cpr?.message} warning={cprWarning(cpr)}>
          <input inputMode="numeric" autoComplete="off" className={inputClass} {...field("cpr")} />
        </Field>
      ) : (
        <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-3" aria-describedby={missing ? "identitet-mangler" : undefined}>
          <legend className="px-1 font-medium">Kendetegn (mindst ét, termin tæller også)</legend>
          {missing && (
            <p id="identitet-mangler" role="alert" className="text-sm font-medium text-red-700">
              <span aria-hidden="true">✖ </span>
              {missing}
            </p>
          )}
          <Field label="Fødselsdato (valgfrit)" error={errors.birthDate?.message}>
            <input type="date" className={inputClass} {...field("birthDate")} />
          </Field>
          <Field label="Adresse (valgfrit)" error={errors.address?.message}>
            <input autoComplete="off" className={inputClass} {...field("address")} />
          </Field>
          <Field label={descriptionLabel} hint="Fx alder, udseende, familie eller hvor hun kan træffes." error={errors.description?.message}>
            <textarea rows={3} className={inputClass} {...field("description")} />
          </Field>
        </fieldset>
      )}
    </>
  );
}
