"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { useFreshIdempotencyKey } from "@/components/ui/use-fresh-idempotency-key";
import { useForm, useWatch } from "react-hook-form";
import { createReportAction } from "@/lib/underretninger/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { staleReportWarning } from "@/lib/forms/feedback-text";
import { useActionErrors } from "@/components/ui/use-action-form";
import { CHANNEL_LABELS } from "@/lib/underretninger/labels";
import type { CreateReportInput } from "@/lib/underretninger/schemas";
import { optionsOf } from "./radio-group";
import { IdentityFields } from "@/components/case/identity-fields";
import { cprLabel, ReportContentFields } from "./report-content-fields";

const CPR_HINT = "10 cifre. Findes personen i en af jeres sager, knyttes underretningen til sagen; ellers oprettes en ny sag i opsporing.";
import { ReporterFields } from "./report-form-reporter";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadCreateReportSchema = () => import("@/lib/underretninger/schemas").then((m) => m.createReportSchema);

/**
 * "Ny underretning". One idempotency key per form: a double click or a retry
 * sends the same key, and the server returns the first report.
 */
export function ReportForm({
  organisations,
  idempotencyKey,
  receivedAt,
}: {
  organisations: { id: string; name: string }[];
  idempotencyKey: string;
  receivedAt: string;
}) {
  const router = useRouter();
  const { register, handleSubmit, control, setError, setValue, formState } = useForm<CreateReportInput>({
    // The error summary takes focus on a failed submit (ADR 0021), not the first field.
    shouldFocusError: false,
    // raw: the action gets what the user typed and parses it with the same schema.
    resolver: useLazyResolver(loadCreateReportSchema, { raw: true }),
    defaultValues: {
      idempotencyKey, reporterKind: "FAGPERSON", reporterName: "", reporterOrgId: "", reporterOrganisation: "",
      reporterProfession: "", reporterContact: "", channel: "TELEFON", receivedAt, about: "UFOEDT_BARN", cprUnknown: false, cpr: "",
      birthDate: "", address: "", description: "",
      firstName: "", lastName: "", termin: "", observations: "", substances: "", exposure: "",
      womanInformed: "UKENDT", copyGiven: "UKENDT", publicEmployee: false,
    },
  });
  const watchedAbout = useWatch({ control, name: "about" });
  const watchedReporterKind = useWatch({ control, name: "reporterKind" });
  const watchedReceivedAt = useWatch({ control, name: "receivedAt" });
  const watchedCpr = useWatch({ control, name: "cpr" });
  const watchedCprUnknown = useWatch({ control, name: "cprUnknown" });
  useFreshIdempotencyKey(useCallback((key: string) => setValue("idempotencyKey", key), [setValue]));
  const { formError, apply } = useActionErrors(setError);
  const summary = useErrorSummary(formState);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await createReportAction(values);
    if (apply(result)) router.push(`/underretninger/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded-lg border border-slate-300 bg-white p-6">
      <ErrorSummary {...summary} />
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("idempotencyKey")} />
      <ReporterFields register={register} errors={errors} kind={watchedReporterKind} organisations={organisations} onPublicEmployer={() => setValue("publicEmployee", true)} />

      <fieldset className="flex flex-col gap-4 rounded border border-slate-200 p-4">
        <legend className="px-1 text-lg font-semibold">Modtagelse</legend>
        <Field label="Modtaget via" error={errors.channel?.message}>
          <select className={inputClass} {...register("channel")}>
            {optionsOf(CHANNEL_LABELS).map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </Field>
        <Field label="Modtaget (dato og klokkeslæt)" hint="Fristen på 24 timer regnes herfra." error={errors.receivedAt?.message} warning={staleReportWarning(watchedReceivedAt)}>
          <input type="datetime-local" className={inputClass} {...register("receivedAt")} />
        </Field>
      </fieldset>

      <ReportContentFields
        field={(name) => register(name)}
        errors={errors}
        about={watchedAbout}
        cpr={watchedCpr ?? ""}
        cprHint={CPR_HINT}
        identity={
          <IdentityFields
            field={(name) => register(name)}
            errors={errors}
            cprUnknown={!!watchedCprUnknown}
            cpr={watchedCpr ?? ""}
            cprLabel={cprLabel(watchedAbout)}
            cprHint={CPR_HINT}
            descriptionLabel="Underretterens beskrivelse af, hvem hun er (valgfrit)"
          />
        }
      />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Registrerer …" : "Registrér underretning"}</Button>
      </div>
    </form>
  );
}
