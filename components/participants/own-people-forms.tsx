"use client";

import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ColleagueSelectForm } from "@/components/ui/colleague-select-form";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { NameOwnContactInput } from "@/lib/participants/schemas";
import { nameOwnContactAction, nameTovholderAction } from "@/lib/participants/server-actions";

type Colleague = { id: string; name: string };

const loadNameOwnContactSchema = () => import("@/lib/participants/schemas").then((m) => m.nameOwnContactSchema);

/** "Vores kontaktperson": the participant names one of its own colleagues, and the phone to reach them on this case. */
export function OwnContactForm({ caseId, current, colleagues }: { caseId: string; current: { contactUserId: string | null; contactPhone: string | null } | null; colleagues: Colleague[] }) {
  const { register, handleSubmit, setError, formState } = useForm<NameOwnContactInput>({
    resolver: useLazyResolver(loadNameOwnContactSchema),
    defaultValues: { caseId, userId: current?.contactUserId ?? "", contactPhone: current?.contactPhone ?? "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const onSubmit = handleSubmit(async (values) => {
    apply(await nameOwnContactAction(values), "Jeres kontaktperson er gemt og vises for organisationerne på sagen.");
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Jeres kontaktperson på sagen</h3>
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Kontaktperson" error={formState.errors.userId?.message}>
          <select className={inputClass} {...register("userId")}>
            <option value="">Ingen valgt</option>
            {colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </Field>
        <Field label="Telefon" hint="Det nummer, de andre skal ringe til om denne sag." error={formState.errors.contactPhone?.message}>
          <input type="tel" autoComplete="off" className={inputClass} {...register("contactPhone")} />
        </Field>
      </div>
      <div><Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem kontaktperson"}</Button></div>
    </form>
  );
}

/** The tovholder organisation names the tovholder in person. */
export function TovholderPersonForm({ caseId, current, colleagues }: { caseId: string; current: string | null; colleagues: Colleague[] }) {
  return (
    <div>
      <h3 className="font-semibold">Tovholder i jeres organisation</h3>
      <ColleagueSelectForm
        id="tovholder-person" label="Tovholder" submitLabel="Gem tovholder" savedMessage="Tovholderen er gemt."
        current={current} candidates={colleagues} run={(userId) => nameTovholderAction({ caseId, userId })}
      />
    </div>
  );
}
