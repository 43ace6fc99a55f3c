"use client";

import type { UseFormRegister } from "react-hook-form";
import { Disclosure } from "@/components/ui/disclosure";
import { Field, inputClass } from "@/components/ui/field";
import { AGENDA_PROMPTS } from "@/lib/domain/meetings/agenda";
import type { ScheduleMeetingInput } from "@/lib/meetings/schemas";

/** The agenda: free text, and the 9 H'er as optional prompts folded away. */
export function AgendaFields({ register, error }: { register: UseFormRegister<ScheduleMeetingInput>; error?: string }) {
  return (
    <div className="flex flex-col gap-2">
      <Field label="Dagsorden (valgfri)" hint="Deles kun med organisationer, som et grundlag for møder (MOEDER) dækker." error={error}>
        <textarea rows={4} className={inputClass} {...register("agenda")} />
      </Field>
      <Disclosure label="De 9 H'er (valgfri hjælp til dagsordenen)" className="mt-0">
        <div className="grid gap-3 sm:grid-cols-2">
          {AGENDA_PROMPTS.map((p) => (
            <Field key={p.key} label={p.label}>
              <input className={inputClass} {...register(`prompts.${p.key}`)} />
            </Field>
          ))}
        </div>
      </Disclosure>
    </div>
  );
}
