"use client";

import { useForm, useWatch } from "react-hook-form";
import { CharacterCount } from "@/components/ui/character-count";
import { addNoteAction } from "@/lib/cases/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { AddNoteInput } from "@/lib/cases/schemas";
import { CATEGORIES, categoryLabel, type Category } from "@/lib/domain/categories";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadAddNoteSchema = () => import("@/lib/cases/schemas").then((m) => m.addNoteSchema);

export function NoteForm({ caseId, defaultCategory }: { caseId: string; defaultCategory: Category }) {
  const { register, handleSubmit, setError, reset, formState, control } = useForm<AddNoteInput>({
    resolver: useLazyResolver(loadAddNoteSchema),
    defaultValues: { caseId, category: defaultCategory, text: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const text = useWatch({ control, name: "text" }) ?? "";

  const onSubmit = handleSubmit(async (values) => {
    if (apply(await addNoteAction(values), "Notatet er gemt.")) reset({ caseId, category: values.category, text: "" });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <h3 className="font-semibold">Nyt notat</h3>
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <Field label="Kategori" hint="Kategorien afgør, hvem der må se notatet." error={formState.errors.category?.message}>
        <select className={inputClass} {...register("category")}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>{categoryLabel(c)}</option>
          ))}
        </select>
      </Field>
      <Field label="Notat" error={formState.errors.text?.message}>
        <textarea rows={4} className={inputClass} {...register("text")} />
      </Field>
      {/* Same limit as addNoteSchema's text (10.000 tegn). */}
      <CharacterCount id={`note-count-${caseId}`} length={text.length} max={10_000} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem notat"}</Button>
      </div>
    </form>
  );
}
