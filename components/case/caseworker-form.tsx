"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "@/lib/validation/zod";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { assignCaseworkerAction } from "@/lib/cases/server-actions";
import type { assignCaseworkerSchema } from "@/lib/cases/schemas";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadAssignCaseworkerSchema = () => import("@/lib/cases/schemas").then((m) => m.assignCaseworkerSchema);

type Input = z.input<typeof assignCaseworkerSchema>;

/** Assign or change the case's caseworker: a colleague in the responsible organisation. */
export function CaseworkerForm({ caseId, current, candidates }: { caseId: string; current: string | null; candidates: { id: string; name: string }[] }) {
  const { register, handleSubmit, setError, formState } = useForm<Input>({
    resolver: useLazyResolver(loadAssignCaseworkerSchema), defaultValues: { caseId, userId: current ?? "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const [saved, setSaved] = useState(false);
  return (
    <form noValidate className="flex flex-wrap items-end gap-2" onSubmit={handleSubmit(async (values) => setSaved(apply(await assignCaseworkerAction(values))))}>
      <FormMessage kind="error">{formError ?? formState.errors.userId?.message}</FormMessage>
      <FormMessage kind="success">{saved ? "Sagsbehandleren er gemt." : null}</FormMessage>
      <label className="sr-only" htmlFor="caseworker">Sagsbehandler</label>
      <select id="caseworker" className={inputClass} {...register("userId")}>
        <option value="">Ingen tildelt</option>
        {candidates.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
      <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem sagsbehandler"}</Button>
    </form>
  );
}
