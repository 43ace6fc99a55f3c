"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { MergeCandidate } from "@/lib/stamdata/messages";
import type { SetCprInput } from "@/lib/stamdata/schemas";
import { setCprAction } from "@/lib/stamdata/server-actions";
import { cprWarning } from "./cpr-warning";
import { CPR_FORMAT_HINT } from "./labels";
import { MergeOffer } from "./merge-offer";

const loadSetCprSchema = () => import("@/lib/stamdata/schemas").then((m) => m.setCprSchema);

/**
 * "Tilføj / ret CPR" (ADR 0017). When another person in the organisation's
 * register holds the CPR, nothing is saved and the form offers the merge
 * instead: a CPR is never on two persons.
 */
export function CprForm({ caseId, hasCpr, canMerge }: { caseId: string; hasCpr: boolean; canMerge: boolean }) {
  const router = useRouter();
  const { register, handleSubmit, setError, control, formState } = useForm<SetCprInput>({
    resolver: useLazyResolver(loadSetCprSchema, { raw: true }), defaultValues: { caseId, cpr: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState(false);
  const [offer, setOffer] = useState<{ cpr: string; candidates: MergeCandidate[] } | null>(null);
  const cpr = useWatch({ control, name: "cpr" });

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false);
    setOffer(null);
    const result = await setCprAction(values);
    if (!apply(result)) return;
    if (result.data.status === "DUPLICATE") setOffer({ cpr: values.cpr, candidates: result.data.candidates });
    else {
      setSaved(true);
      router.refresh();
    }
  });

  return (
    <div className="mt-3 flex flex-col gap-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormMessage kind="error">{formError}</FormMessage>
        <FormMessage kind="success">{saved ? "CPR-nummeret er gemt." : null}</FormMessage>
        <input type="hidden" {...register("caseId")} />
        <Field label={hasCpr ? "Rettet CPR-nummer" : "CPR-nummer"} hint={CPR_FORMAT_HINT} error={formState.errors.cpr?.message} warning={cprWarning(cpr)}>
          <input inputMode="numeric" autoComplete="off" className={inputClass} {...register("cpr")} />
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Kontrollerer …" : hasCpr ? "Gem rettet CPR-nummer" : "Gem CPR-nummer"}
          </Button>
        </div>
      </form>
      {offer && offer.cpr === cpr && <MergeOffer caseId={caseId} cpr={offer.cpr} candidates={offer.candidates} canMerge={canMerge} />}
    </div>
  );
}
