"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { withdrawConsentAction } from "@/lib/consents/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { WithdrawConsentInput } from "@/lib/consents/schemas";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadWithdrawConsentSchema = () => import("@/lib/consents/schemas").then((m) => m.withdrawConsentSchema);

/** Withdrawal is one action with a reason; it ends the sharing on the next request. */
export function WithdrawConsentForm({ caseId, consentId }: { caseId: string; consentId: string }) {
  const [open, setOpen] = useState(false);
  // "Fortryd" unmounts the form: put focus back on the button that opened it.
  const openerId = useId();
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      document.getElementById(openerId)?.focus();
    }
  }, [open, openerId]);
  const { register, handleSubmit, setError, formState } = useForm<WithdrawConsentInput>({
    resolver: useLazyResolver(loadWithdrawConsentSchema),
    defaultValues: { caseId, consentId, reason: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await withdrawConsentAction(values), "Samtykket er trukket tilbage.")) setOpen(false);
  });

  if (!open) {
    return <Button id={openerId} type="button" variant="secondary" onClick={() => setOpen(true)}>Tilbagekald samtykke</Button>;
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <input type="hidden" {...register("consentId")} />
      {/* Opened on request, so focus moves straight to the one field. */}
      <Field label="Begrundelse for tilbagekaldelsen" error={formState.errors.reason?.message}>
        <textarea rows={2} className={inputClass} autoFocus {...register("reason")} />
      </Field>
      <div className="flex gap-3">
        <Button type="submit" variant="danger" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Tilbagekalder …" : "Bekræft tilbagekaldelse"}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        >
          Fortryd
        </Button>
      </div>
    </form>
  );
}
