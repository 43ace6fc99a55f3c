"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { EditStamdataInput } from "@/lib/stamdata/schemas";
import { editStamdataAction } from "@/lib/stamdata/server-actions";

const loadEditStamdataSchema = () => import("@/lib/stamdata/schemas").then((m) => m.editStamdataSchema);

/** "Ret navn og termin": each change is kept in the stamdata history. */
export function EditStamdataForm({ defaults }: { defaults: EditStamdataInput }) {
  const { register, handleSubmit, setError, formState } = useForm<EditStamdataInput>({
    resolver: useLazyResolver(loadEditStamdataSchema, { raw: true }), defaultValues: defaults,
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState(false);
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => setSaved(apply(await editStamdataAction(values))));
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <FormMessage kind="success">{saved ? "Navn og termin er gemt." : null}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Fornavn" error={errors.firstName?.message}><input autoComplete="off" className={inputClass} {...register("firstName")} /></Field>
        <Field label="Efternavn" error={errors.lastName?.message}><input autoComplete="off" className={inputClass} {...register("lastName")} /></Field>
        <Field label="Termin" hint="Tom: ingen termin." error={errors.termin?.message}><input type="date" className={inputClass} {...register("termin")} /></Field>
      </div>
      <div><Button type="submit" variant="secondary" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem navn og termin"}</Button></div>
    </form>
  );
}
