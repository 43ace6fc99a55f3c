"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

/** "Log ind med <IdP-navn>": shown only when single sign-on is configured (ADR 0034). */
export function SsoButton({ providerId, name, callbackUrl }: { providerId: string; name: string; callbackUrl: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl: safeCallbackUrl(callbackUrl) });
      }}
    >
      {pending ? "Sender dig videre …" : `Log ind med ${name}`}
    </Button>
  );
}
