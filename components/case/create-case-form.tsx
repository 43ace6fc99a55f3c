"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { createCaseAction } from "@/lib/cases/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { ErrorSummary, useErrorSummary } from "@/components/ui/error-summary";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { CreateCaseInput } from "@/lib/cases/schemas";
import { cprWarning } from "./cpr-warning";
import { IdentityFields } from "./identity-fields";
import { CPR_FORMAT_HINT } from "./labels";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadCreateCaseSchema = () => import("@/lib/cases/schemas").then((m) => m.createCaseSchema);

type Values = {
  kind: "GRAVID" | "UNBORN"; cprUnknown?: boolean; cpr?: string; firstName?: string; lastName?: string; motherCpr?: string; termin?: string;
  birthDate?: string; address?: string; description?: string;
};

export function CreateCaseForm() {
  const router = useRouter();
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    // The error summary takes focus on a failed submit (ADR 0021), not the first field.
    shouldFocusError: false,
    // raw: the action gets what was typed and parses it with the same schema.
    resolver: useLazyResolver(loadCreateCaseSchema, { raw: true }),
    defaultValues: {
      kind: "GRAVID", cprUnknown: false, cpr: "", firstName: "", lastName: "", motherCpr: "", termin: "", birthDate: "", address: "", description: "",
    },
  });
  const watchedKind = useWatch({ control, name: "kind" });
  const watchedCpr = useWatch({ control, name: "cpr" });
  const watchedMotherCpr = useWatch({ control, name: "motherCpr" });
  const watchedCprUnknown = useWatch({ control, name: "cprUnknown" });
  const { formError, apply } = useActionErrors(setError);
  const summary = useErrorSummary(formState);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    const result = await createCaseAction(values as CreateCaseInput);
    if (apply(result)) router.push(`/sager/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5 rounded-lg border border-slate-300 bg-white p-6">
      <ErrorSummary {...summary} />
      <FormMessage kind="error">{formError}</FormMessage>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-medium">Hvem handler sagen om?</legend>
        <label className="flex items-center gap-2">
          <input type="radio" value="GRAVID" {...register("kind")} /> En gravid kvinde
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="UNBORN" {...register("kind")} /> Et ufødt barn (under moderens sag)
        </label>
      </fieldset>

      {watchedKind === "GRAVID" ? (
        <>
          <IdentityFields
            field={(name) => register(name)}
            errors={errors}
            cprUnknown={!!watchedCprUnknown}
            cpr={watchedCpr ?? ""}
            cprLabel="CPR-nummer"
            cprHint={CPR_FORMAT_HINT}
            descriptionLabel="Beskrivelse af, hvem hun er (valgfrit)"
          />
          <Field label="Fornavn" error={errors.firstName?.message}>
            <input autoComplete="off" className={inputClass} {...register("firstName")} />
          </Field>
          <Field label="Efternavn" error={errors.lastName?.message}>
            <input autoComplete="off" className={inputClass} {...register("lastName")} />
          </Field>
          <Field label="Termin (valgfrit)" error={errors.termin?.message}>
            <input type="date" className={inputClass} {...register("termin")} />
          </Field>
        </>
      ) : (
        <>
          <Field label="Moderens CPR-nummer" hint="Moderen skal have en åben sag, som din organisation har adgang til." error={errors.motherCpr?.message} warning={cprWarning(watchedMotherCpr)}>
            <input inputMode="numeric" autoComplete="off" className={inputClass} {...register("motherCpr")} />
          </Field>
          <Field label="Termin" error={errors.termin?.message}>
            <input type="date" className={inputClass} {...register("termin")} />
          </Field>
        </>
      )}
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Opretter …" : "Opret sag"}
        </Button>
      </div>
    </form>
  );
}
