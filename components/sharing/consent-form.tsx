"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { recordConsentAction } from "@/lib/consents/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { todayIso } from "@/lib/consents/rules";
import { consentGiversFor, CONSENT_DIRECTION_LABELS, CONSENT_DIRECTIONS, CONSENT_FORM_LABELS, CONSENT_FORMS, CONSENT_GIVER_LABELS } from "@/lib/consents/labels";
import type { RecordConsentInput } from "@/lib/consents/schemas";
import { CATEGORIES, categoryDescription, categoryLabel, type Category } from "@/lib/domain/categories";
import { ConsentSummary } from "./consent-summary";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import { CheckboxGroup } from "@/components/ui/checkbox-group";

const loadRecordConsentSchema = () => import("@/lib/consents/schemas").then((m) => m.recordConsentSchema);

type Org = { id: string; name: string; roleOnCase: string };

/** The same day a year on; 29 February becomes the 28th (as the server's default, addCalendarMonths). */
function plusOneYear(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastOfMonth)).padStart(2, "0")}`;
}

/**
 * Recorded by the organisation that obtained the consent (ADR 0025), for any
 * organisations on the case, itself included; stamdata only by the
 * responsible organisation.
 */
/** Issue 9 item 6: a consent the responsible organisation records without STAMDATA leaves its recipients guessing whom the case is about. */
function withoutStamdataWarning(canShareStamdata: boolean, categories: readonly string[], recipients: readonly string[]): boolean {
  return canShareStamdata && categories.length > 0 && recipients.length > 0 && !categories.includes("STAMDATA");
}

export function ConsentForm({ caseId, caseKind, recorderOrgName, recipients, canShareStamdata }: {
  caseId: string; caseKind: "GRAVID" | "BARN"; recorderOrgName: string; recipients: Org[]; canShareStamdata: boolean;
}) {
  const givers = consentGiversFor(caseKind);
  const today = todayIso();
  const defaults: RecordConsentInput = {
    caseId, givenBy: givers[0] ?? "MOTHER", givenByName: "", direction: "VIDEREGIVE", recipientOrgIds: [], categories: [],
    purpose: "", form: "SKRIFTLIGT", evidence: "", validFrom: today, validUntil: plusOneYear(today),
  };
  const { register, handleSubmit, setError, reset, control, setValue, formState } = useForm<RecordConsentInput>({
    // The error summary takes focus on a failed submit (ADR 0021), not the first field.
    shouldFocusError: false,
    resolver: useLazyResolver(loadRecordConsentSchema),
    defaultValues: defaults,
  });
  const { formError, apply } = useActionErrors(setError);
  const summary = useErrorSummary(formState);
  const [success, setSuccess] = useState(false);
  const values = useWatch({ control });
  const errors = formState.errors;
  const validate = { shouldValidate: formState.isSubmitted };

  const onSubmit = handleSubmit(async (input) => {
    const saved = apply(await recordConsentAction(input));
    setSuccess(saved);
    if (saved) reset(defaults);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Registrér samtykke</h3>
      <ErrorSummary {...summary} />
      <FormMessage kind="error">{formError}</FormMessage>
      {success && <FormMessage kind="success">Samtykket er registreret.</FormMessage>}
      <input type="hidden" {...register("caseId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Hvem giver samtykket?" error={errors.givenBy?.message}>
          <select className={inputClass} {...register("givenBy")}>
            {givers.map((g) => <option key={g} value={g}>{CONSENT_GIVER_LABELS[g]}</option>)}
          </select>
        </Field>
        <Field label="Navn på den, der giver samtykket" error={errors.givenByName?.message}>
          <input className={inputClass} autoComplete="off" {...register("givenByName")} />
        </Field>
        <Field label="Retning" error={errors.direction?.message}>
          <select className={inputClass} {...register("direction")}>
            {CONSENT_DIRECTIONS.map((d) => <option key={d} value={d}>{CONSENT_DIRECTION_LABELS[d]}</option>)}
          </select>
        </Field>
        <Field label="Samtykkets form" error={errors.form?.message}>
          <select className={inputClass} {...register("form")}>
            {CONSENT_FORMS.map((f) => <option key={f} value={f}>{CONSENT_FORM_LABELS[f]}</option>)}
          </select>
        </Field>
      </div>
      <CheckboxGroup
        legend="Organisationer, der må se oplysningerne" error={errors.recipientOrgIds?.message}
        options={recipients.map((r) => ({ value: r.id, label: r.name, description: r.roleOnCase }))}
        value={values.recipientOrgIds ?? []} onChange={(next) => setValue("recipientOrgIds", next, validate)}
      />
      <CheckboxGroup<Category>
        legend="Oplysningskategorier" hint="Samtykket skal være konkret: vælg kun de kategorier, borgeren har sagt ja til."
        error={errors.categories?.message}
        options={CATEGORIES.filter((c) => canShareStamdata || c !== "STAMDATA").map((c) => ({ value: c, label: categoryLabel(c), description: categoryDescription(c) }))}
        value={(values.categories ?? []) as Category[]} onChange={(next) => setValue("categories", next, validate)}
      />
      {withoutStamdataWarning(canShareStamdata, values.categories ?? [], values.recipientOrgIds ?? []) && (
        <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
          Uden Stamdata kan modtagerne ikke se, hvem borgeren er (navn og CPR-nummer). De ser sagsnummer og termin.
        </p>
      )}
      <Field label="Formål" hint="Hvad oplysningerne skal bruges til i denne sag." error={errors.purpose?.message}>
        <textarea rows={3} className={inputClass} {...register("purpose")} />
      </Field>
      <Field
        label="Dokumentation" error={errors.evidence?.message}
        hint="Skal udfyldes. Ved mundtligt samtykke: notat om hvad der blev sagt, af hvem og hvornår. Ellers fx en henvisning til den underskrevne blanket eller mødereferatet."
      >
        <textarea rows={3} className={inputClass} {...register("evidence")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Gyldig fra" error={errors.validFrom?.message}>
          <input type="date" className={inputClass} {...register("validFrom")} />
        </Field>
        <Field label="Gyldig til og med" hint="Normalt ét år. Du får en opgave 30 dage før udløb." error={errors.validUntil?.message}>
          <input type="date" className={inputClass} {...register("validUntil")} />
        </Field>
      </div>
      <ConsentSummary
        recorderOrgName={recorderOrgName} givenByName={values.givenByName ?? ""} direction={values.direction ?? "VIDEREGIVE"}
        form={values.form ?? "SKRIFTLIGT"} purpose={values.purpose ?? ""} categories={(values.categories ?? []) as Category[]}
        recipients={recipients.filter((r) => values.recipientOrgIds?.includes(r.id))}
        validFrom={values.validFrom || today} validUntil={values.validUntil || plusOneYear(values.validFrom || today)}
      />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Registrér samtykke"}</Button>
      </div>
    </form>
  );
}
