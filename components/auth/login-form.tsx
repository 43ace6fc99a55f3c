"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

// The client-side copy of the sign-in rules; the server checks them again.
const schema = z.object({
  email: z.string().trim().min(1, "Skriv din e-mailadresse").email("Skriv en gyldig e-mailadresse"),
  password: z.string().min(1, "Skriv din adgangskode"),
});
type Values = z.infer<typeof schema>;

export function LoginForm({ callbackUrl, expired }: { callbackUrl: string; expired: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setError("Forkert e-mail eller adgangskode. Efter 5 forkerte forsøg i træk låses kontoen i 15 minutter.");
      return;
    }
    // A full load, so the server renders the app with the new session.
    window.location.assign(callbackUrl);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {expired && <FormMessage kind="error">Du er logget ud, fordi du ikke har været aktiv i 30 minutter.</FormMessage>}
      <FormMessage kind="error">{error}</FormMessage>
      <Field label="E-mail" error={formState.errors.email?.message}>
        <input type="email" autoComplete="username" className={inputClass} {...register("email")} />
      </Field>
      <Field label="Adgangskode" error={formState.errors.password?.message}>
        <input type="password" autoComplete="current-password" className={inputClass} {...register("password")} />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Logger ind …" : "Log ind"}
      </Button>
    </form>
  );
}
