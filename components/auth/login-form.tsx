"use client";

import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

import type { SignInInput } from "@/lib/auth/schemas";
import { TOO_MANY_SIGN_INS_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from "@/lib/auth/sign-in-rules";
import { TOTP_PROMPT, TOTP_REQUIRED_ERROR, TOTP_SETUP_ERROR, TOTP_SETUP_MESSAGE } from "@/lib/auth/totp-rules";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";

const loadSignInSchema = () => import("@/lib/auth/schemas").then((m) => m.signInSchema);

export function LoginForm({ callbackUrl, expired }: { callbackUrl: string; expired: boolean }) {
  const [error, setError] = useState<string | null>(null);
  // After a right password for an account with TOTP, the form asks for the code too (ADR 0033).
  const [needsCode, setNeedsCode] = useState(false);
  const { register, handleSubmit, formState, setFocus } = useForm<SignInInput>({ resolver: useLazyResolver(loadSignInSchema, { raw: true }) });

  // The code field appears after the password step: focus moves there, so a keyboard or screen-reader user lands on it.
  useEffect(() => {
    if (needsCode) setFocus("code");
  }, [needsCode, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, code: values.code ?? "", redirect: false });
    if (result?.error === TOTP_REQUIRED_ERROR) {
      setError(needsCode ? "Koden passer ikke, eller den er brugt. Prøv den næste kode fra appen." : null);
      setNeedsCode(true);
      return;
    }
    if (!result || result.error) {
      setError(
        result?.status === 429 ? TOO_MANY_SIGN_INS_MESSAGE : result?.error === TOTP_SETUP_ERROR ? TOTP_SETUP_MESSAGE : WRONG_CREDENTIALS_MESSAGE,
      );
      return;
    }
    // A full load, so the server renders the app with the new session.
    // Checked again here: the prop is the only thing between the query string and a navigation.
    window.location.assign(safeCallbackUrl(callbackUrl));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {expired && <FormMessage kind="error">Du er logget ud, fordi du ikke har været aktiv i 30 minutter eller har været logget ind i 12 timer. Log ind igen.</FormMessage>}
      <FormMessage kind="error">{error}</FormMessage>
      <Field label="E-mail" error={formState.errors.email?.message}>
        <input type="email" autoComplete="username" className={inputClass} {...register("email")} />
      </Field>
      <Field label="Adgangskode" error={formState.errors.password?.message}>
        <input type="password" autoComplete="current-password" className={inputClass} {...register("password")} />
      </Field>
      {needsCode && (
        <Field label="Kode" hint={TOTP_PROMPT} error={formState.errors.code?.message}>
          <input type="text" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} className={inputClass} {...register("code")} />
        </Field>
      )}
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Logger ind …" : "Log ind"}
      </Button>
    </form>
  );
}
