"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionErrors } from "@/components/ui/use-action-form";
import { useLazyResolver } from "@/components/ui/use-lazy-resolver";
import type { TotpOffer } from "@/lib/auth/totp-offer";
import type { EnrolTotpInput } from "@/lib/users/schemas";
import { enrolTotpAction } from "@/lib/users/server-actions";
import { RecoveryCodes, TotpEnrolmentFields } from "./totp-enrolment-fields";

const loadSchema = () => import("@/lib/users/schemas").then((m) => m.enrolTotpSchema);

/** A signed-in user sets up TOTP herself (ADR 0033). */
export function EnrolTotpForm({ offer }: { offer: TotpOffer }) {
  const { register, handleSubmit, setError, formState } = useForm<EnrolTotpInput>({
    resolver: useLazyResolver(loadSchema),
    defaultValues: { totpSealed: offer.sealed, totpCode: "" },
  });
  const { formError, apply } = useActionErrors(setError);
  const [codes, setCodes] = useState<string[] | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    const result = await enrolTotpAction(values);
    if (apply(result)) setCodes(result.data.recoveryCodes);
  });

  if (codes) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage kind="success">Tofaktorgodkendelse er sat op. Næste gang du logger ind, beder vi om en kode fra appen.</FormMessage>
        <RecoveryCodes codes={codes} />
      </div>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <FormMessage kind="error">{formError}</FormMessage>
      <TotpEnrolmentFields offer={offer} code={register("totpCode")} error={formState.errors.totpCode?.message} />
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>{formState.isSubmitting ? "Gemmer …" : "Slå tofaktor til"}</Button>
      </div>
    </form>
  );
}
