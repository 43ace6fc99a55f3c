"use client";

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { ScheduleMeetingInput } from "@/lib/meetings/schemas";

/** Guests outside the app (e.g. the GP): name and e-mail; the convener invites them herself. */
export function ExternalInvitees({ control, register, errors }: {
  control: Control<ScheduleMeetingInput>; register: UseFormRegister<ScheduleMeetingInput>; errors?: FieldErrors<ScheduleMeetingInput>["externals"];
}) {
  const { fields, append, remove } = useFieldArray({ control, name: "externals" });
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-medium">Eksterne deltagere (fx egen læge)</legend>
      {fields.map((field, i) => (
        <div key={field.id} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <Field label={`Navn, ekstern ${i + 1}`} error={errors?.[i]?.name?.message}>
            <input className={inputClass} autoComplete="off" {...register(`externals.${i}.name`)} />
          </Field>
          <Field label={`E-mail, ekstern ${i + 1}`} error={errors?.[i]?.email?.message}>
            <input type="email" className={inputClass} autoComplete="off" {...register(`externals.${i}.email`)} />
          </Field>
          <Button type="button" variant="secondary" onClick={() => remove(i)}>Fjern</Button>
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => append({ name: "", email: "" })}>Tilføj ekstern deltager</Button>
      </div>
    </fieldset>
  );
}
