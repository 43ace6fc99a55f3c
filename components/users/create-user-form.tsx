"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import { ROLE_LABELS, ROLES } from "@/lib/access/roles";
import type { CreateUserInput } from "@/lib/users/schemas";
import { createUserAction } from "@/lib/users/server-actions";

const loadSchema = () => import("@/lib/users/schemas").then((m) => m.createUserSchema);

/** A new user of the organisation: e-mail, name and role. She sets her password through a link made afterwards. */
export function CreateUserForm() {
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateUserInput>({
    resolver: useLazyResolver(loadSchema),
    defaultValues: { email: "", name: "", role: "SAGSBEHANDLER" },
  });
  const { formError, apply } = useActionErrors(setError);
  const [created, setCreated] = useState<string | null>(null);
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setCreated(null);
    const result = await createUserAction(values);
    if (!apply(result)) return;
    setCreated(`${values.name} er oprettet. Lav et engangslink i listen, så brugeren kan vælge sin adgangskode.`);
    reset();
  }, () => setCreated(null));

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-6">
      <h2 className="text-lg font-semibold">Opret bruger</h2>
      <FormMessage kind="error">{formError}</FormMessage>
      <FormMessage kind="success">{created}</FormMessage>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-4 sm:grid-cols-3">
        <Field label="E-mail" error={errors.email?.message}>
          <input type="email" autoComplete="off" className={inputClass} {...register("email")} />
        </Field>
        <Field label="Navn" error={errors.name?.message}>
          <input type="text" autoComplete="off" className={inputClass} {...register("name")} />
        </Field>
        <Field label="Rolle" error={errors.role?.message}>
          <select className={inputClass} {...register("role")}>
            {ROLES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
          </select>
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Opretter …" : "Opret bruger"}</Button>
      </div>
    </form>
  );
}
