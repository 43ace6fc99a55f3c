"use client";

import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { CharacterCount } from "@/components/ui/character-count";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import { ADDENDUM_MAX } from "@/lib/meetings/minutes/labels";
import type { AddAddendumInput } from "@/lib/meetings/minutes/schemas";
import { addAddendumAction } from "@/lib/meetings/minutes/server-actions";

const loadSchema = () => import("@/lib/meetings/minutes/schemas").then((m) => m.addAddendumSchema);

/** A correction to the approved referat, saved with author and time. */
export function AddendumForm({ meetingId }: { meetingId: string }) {
  const { register, handleSubmit, setError, reset, control, formState } = useForm<AddAddendumInput>({
    resolver: useLazyResolver(loadSchema), defaultValues: { meetingId, text: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const text = useWatch({ control, name: "text" }) ?? "";
  const onSubmit = handleSubmit(async (values) => {
    if (apply(await addAddendumAction(values), "Tilføjelsen er gemt.")) reset({ meetingId, text: "" });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded border border-slate-200 bg-slate-50 p-4">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("meetingId")} />
      <Field label="Tillæg" hint="Rettelser og tilføjelser. Referatet selv ændres ikke." error={formState.errors.text?.message}>
        <textarea rows={3} className={inputClass} {...register("text")} />
      </Field>
      <CharacterCount id={`addendum-count-${meetingId}`} length={text.length} max={ADDENDUM_MAX} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem tillæg"}</Button>
      </div>
    </form>
  );
}
