"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import { copenhagenDay } from "@/lib/domain/calendar";
import type { RegisterCaseEventInput } from "@/lib/deadlines/schemas";
import { registerCaseEventAction } from "@/lib/deadlines/server-actions";

const loadRegisterCaseEventSchema = () => import("@/lib/deadlines/schemas").then((m) => m.registerCaseEventSchema);

const todayInCopenhagen = () => copenhagenDay(new Date());

/** Registers a case event that starts the organisation's statutory clocks (lib/domain/deadlines/case-events.ts). */
export function CaseEventForm({ caseId, events }: { caseId: string; events: { id: string; label: string }[] }) {
  const { register, handleSubmit, setError, reset, formState } = useForm<RegisterCaseEventInput>({
    resolver: useLazyResolver(loadRegisterCaseEventSchema),
    defaultValues: { caseId, event: "", day: todayInCopenhagen() },
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (values) => {
    const result = await registerCaseEventAction(values);
    if (!apply(result)) return setSaved(null);
    setSaved(`${events.find((e) => e.id === values.event)?.label ?? "Hændelsen"} er registreret, og fristen er oprettet.`);
    reset({ caseId, event: "", day: todayInCopenhagen() });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="mt-4 flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Registrér en hændelse, der starter en frist</h3>
      <FormMessage kind="error">{formError}</FormMessage>
      <FormMessage kind="success">{saved}</FormMessage>
      {/* minmax(0, 1fr): a long event name wraps the list instead of widening the page at 320 px. */}
      <div className="grid grid-cols-[minmax(0,1fr)] items-end gap-3 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
        <Field label="Hændelse" error={formState.errors.event?.message}>
          <select className={`${inputClass} w-full`} {...register("event")}>
            <option value="">Vælg …</option>
            {events.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
          </select>
        </Field>
        <Field label="Dato" error={formState.errors.day?.message}>
          <input type="date" className={inputClass} {...register("day")} />
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Gemmer …" : "Registrér hændelse"}
          </Button>
        </div>
      </div>
    </form>
  );
}
