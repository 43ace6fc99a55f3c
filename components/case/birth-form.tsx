"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { registerBirthAction } from "@/lib/births/server-actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Disclosure } from "@/components/ui/disclosure";
import { Section } from "@/components/ui/section";
import { useActionErrors } from "@/components/ui/use-action-form";
import type { RegisterBirthInput } from "@/lib/births/schemas";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadRegisterBirthSchema = () => import("@/lib/births/schemas").then((m) => m.registerBirthSchema);

/** "Registrér fødsel" on the mother's case: opens the child's case when saved. */
/**
 * "Registrér fødsel" on the mother's case. Before a birth is expected (more
 * than 10 weeks to the termin) the form waits behind "Registrér en for tidlig
 * fødsel": there when needed, not in the way of the pregnancy's work.
 */
export function BirthForm({ caseId, expected, termin }: { caseId: string; expected: boolean; termin: string | null }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<RegisterBirthInput>({
    resolver: useLazyResolver(loadRegisterBirthSchema),
    defaultValues: { caseId, birthDate: "", childCpr: "", firstName: "", lastName: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    const result = await registerBirthAction(values);
    if (apply(result)) router.push(`/sager/${result.data.childCaseId}`);
  });

  const form = (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-col gap-3">
      <FormMessage kind="error">{formError}</FormMessage>
      <input type="hidden" {...register("caseId")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Fødselsdato" error={errors.birthDate?.message}><input type="date" className={inputClass} {...register("birthDate")} /></Field>
        <Field label="Barnets CPR-nummer" error={errors.childCpr?.message}>
          <input className={inputClass} inputMode="numeric" autoComplete="off" {...register("childCpr")} />
        </Field>
        <Field label="Barnets fornavn (valgfrit)" error={errors.firstName?.message}><input className={inputClass} autoComplete="off" {...register("firstName")} /></Field>
        <Field label="Barnets efternavn (valgfrit)" error={errors.lastName?.message}><input className={inputClass} autoComplete="off" {...register("lastName")} /></Field>
      </div>
      <div><Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Registrér fødsel"}</Button></div>
    </form>
  );

  return (
    <Section title="Registrér fødsel" id="foedsel">
      <p className="text-sm text-slate-600">
        Barnet får sin egen sag, der er knyttet til moderens. Barnets sag deles ikke med andre, før forældremyndighedsindehaveren har
        givet samtykke, eller der er registreret en hjemmel.
      </p>
      {expected ? (
        form
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-600">Terminen er {termin}. En fødsel registreres normalt fra 10 uger før terminen.</p>
          <Disclosure label="Registrér en for tidlig fødsel">{form}</Disclosure>
        </>
      )}
    </Section>
  );
}
