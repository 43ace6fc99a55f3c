"use client";

import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { InviteResponse } from "@/lib/db/types";
import { RESPONSES } from "@/lib/domain/meetings/types";
import type { RespondInput } from "@/lib/meetings/schemas";
import { respondToMeetingAction } from "@/lib/meetings/server-actions";
import { RESPONSE_LABELS } from "./labels";

const loadSchema = () => import("@/lib/meetings/schemas").then((m) => m.respondSchema);

/** Deltager / deltager ikke / sender stedfortræder, for the invited user herself. */
export function RespondForm({ meetingId, current, proxyName }: { meetingId: string; current: InviteResponse; proxyName: string | null }) {
  const { register, handleSubmit, setError, control, formState } = useForm<RespondInput>({
    resolver: useLazyResolver(loadSchema),
    defaultValues: { meetingId, response: current === "AFVENTER" ? undefined : current, proxyName: proxyName ?? "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const response = useWatch({ control, name: "response" });
  const onSubmit = handleSubmit(async (values) => { apply(await respondToMeetingAction(values), "Dit svar er sendt."); });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 className="font-semibold">Dit svar</h2>
      <p role="status">Du har svaret: <strong>{RESPONSE_LABELS[current]}</strong></p>
      <FormMessage kind="error">{formError}</FormMessage>
      <fieldset className="flex flex-col gap-1" aria-describedby={formState.errors.response ? "response-error" : undefined}>
        <legend className="sr-only">Svar på indkaldelsen</legend>
        {RESPONSES.map((r) => (
          <label key={r} className="flex items-center gap-2"><input type="radio" value={r} className="h-5 w-5" {...register("response")} /> {RESPONSE_LABELS[r]}</label>
        ))}
        {formState.errors.response && <p id="response-error" className="text-sm font-medium text-red-700">{formState.errors.response.message}</p>}
      </fieldset>
      {response === "STEDFORTRAEDER" && (
        <Field label="Stedfortræderens navn" error={formState.errors.proxyName?.message}>
          <input className={inputClass} {...register("proxyName")} />
        </Field>
      )}
      <div><Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem svar"}</Button></div>
    </form>
  );
}
