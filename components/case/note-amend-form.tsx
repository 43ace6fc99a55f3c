"use client";

import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { AmendNoteInput } from "@/lib/cases/schemas";
import { amendNoteAction } from "@/lib/cases/server-actions";

const loadAmendNoteSchema = () => import("@/lib/cases/schemas").then((m) => m.amendNoteSchema);

/** "Ret eller annullér": the original stays in the history; the reason is required either way. */
export function NoteAmendForm({ caseId, noteId, text }: { caseId: string; noteId: string; text: string }) {
  const { register, handleSubmit, setError, formState, control } = useForm<AmendNoteInput>({
    resolver: useLazyResolver(loadAmendNoteSchema),
    defaultValues: { caseId, noteId, kind: "CORRECTED", reason: "", text },
  });
  const { formError, apply } = useActionErrors(setError);
  const kind = useWatch({ control, name: "kind" });
  const current = useWatch({ control, name: "text" }) ?? "";
  const onSubmit = handleSubmit(async (values) => {
    apply(await amendNoteAction(values.kind === "ANNULLED" ? { ...values, text: undefined } : values), values.kind === "ANNULLED" ? "Notatet er annulleret." : "Rettelsen er gemt.");
  });
  const prefix = `amend-${noteId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <FormMessage kind="error">{formError}</FormMessage>
      <fieldset>
        <legend className="font-medium">Hvad vil du gøre?</legend>
        <label className="mr-6 inline-flex items-center gap-2"><input type="radio" value="CORRECTED" {...register("kind")} /> Ret notatet</label>
        <label className="inline-flex items-center gap-2"><input type="radio" value="ANNULLED" {...register("kind")} /> Annullér notatet</label>
      </fieldset>
      {kind === "CORRECTED" && (
        <>
          <Field label="Rettet tekst" error={formState.errors.text?.message}>
            <textarea rows={4} className={inputClass} {...register("text")} />
          </Field>
          <CharacterCount id={`${prefix}-count`} length={current.length} max={10_000} />
        </>
      )}
      <Field label="Begrundelse" hint="Kan læses af alle, der kan se notatet. Den oprindelige tekst bevares i historikken." error={formState.errors.reason?.message}>
        <input className={inputClass} {...register("reason")} />
      </Field>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Gemmer …" : kind === "ANNULLED" ? "Annullér notat" : "Gem rettelse"}
        </Button>
      </div>
    </form>
  );
}
