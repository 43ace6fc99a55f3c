"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { TotpOffer } from "@/lib/auth/totp-offer";
import { PASSWORD_MIN_LENGTH, type SetPasswordInput } from "@/lib/users/schemas";
import { RecoveryCodes, TotpEnrolmentFields } from "./totp-enrolment-fields";
import { setPasswordAction } from "@/lib/users/server-actions";

const loadSchema = () => import("@/lib/users/schemas").then((m) => m.setPasswordSchema);

/** Choosing a password through a one-time link, with TOTP enrolment where the role requires it (ADR 0033). */
export function SetPasswordForm({ token, email, totp }: { token: string; email: string; totp: TotpOffer | null }) {
  const { register, handleSubmit, setError, formState } = useForm<SetPasswordInput>({
    resolver: useLazyResolver(loadSchema),
    defaultValues: { token, password: "", confirm: "", totpSealed: totp?.sealed, totpCode: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const [done, setDone] = useState<{ recoveryCodes: string[] } | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    const result = await setPasswordAction(values);
    if (apply(result)) setDone(result.data);
  });

  if (done) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage kind="success">
          Din adgangskode er gemt{done.recoveryCodes.length > 0 ? ", og tofaktorgodkendelsen er sat op" : ""}.{" "}
          <Link href="/login" className="underline">Log ind</Link>
        </FormMessage>
        {done.recoveryCodes.length > 0 && <RecoveryCodes codes={done.recoveryCodes} />}
      </div>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <FormMessage kind="error">{formError}</FormMessage>
      {/* For password managers: the account the password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Ny adgangskode" hint={`Mindst ${PASSWORD_MIN_LENGTH} tegn. Flere ord efter hinanden er lette at huske og svære at gætte.`} error={formState.errors.password?.message}>
        <input type="password" autoComplete="new-password" className={inputClass} {...register("password")} />
      </Field>
      <Field label="Gentag adgangskoden" error={formState.errors.confirm?.message}>
        <input type="password" autoComplete="new-password" className={inputClass} {...register("confirm")} />
      </Field>
      {totp && <TotpEnrolmentFields offer={totp} code={register("totpCode")} error={formState.errors.totpCode?.message} />}
      <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Gem adgangskode"}</Button>
    </form>
  );
}
