import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoButton } from "@/components/auth/sso-button";
import { FormMessage } from "@/components/ui/form-message";
import { getAccessContext } from "@/lib/auth/context";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";
import { ssoConfig, SSO_PROVIDER_ID } from "@/lib/auth/sso-config";
import { SSO_REFUSAL_MESSAGES } from "@/lib/auth/sso-sign-in";

/** A refused or failed single sign-on, as the callback left it in the address (ADR 0034). */
function ssoMessage(params: Record<string, string | undefined>): string | null {
  const reason = params.sso;
  if (reason && Object.hasOwn(SSO_REFUSAL_MESSAGES, reason)) return SSO_REFUSAL_MESSAGES[reason as keyof typeof SSO_REFUSAL_MESSAGES];
  // next-auth's own codes for a callback it refused (bad state, an id_token that does not verify, ...).
  return params.error ? SSO_REFUSAL_MESSAGES.FAILED : null;
}

export const metadata: Metadata = { title: "Log ind" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (await getAccessContext()) redirect("/sager");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const sso = ssoConfig();
  const refused = ssoMessage(params);
  return (
    <main id="indhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center p-6">
      <h1 className="text-3xl font-semibold text-brand-800">Samforløb</h1>
      <p className="mt-1 text-slate-700">Fælles sagsforløb for udsatte gravide og deres børn</p>
      <div className="mt-8 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-xl font-semibold">Log ind</h2>
        {refused && <div className="mb-4"><FormMessage kind="error">{refused}</FormMessage></div>}
        {sso && (
          <div className="mb-6 flex flex-col gap-2 border-b border-slate-300 pb-6">
            <SsoButton providerId={SSO_PROVIDER_ID} name={sso.name} callbackUrl={callbackUrl} />
          </div>
        )}
        <LoginForm callbackUrl={callbackUrl} expired={params.udloebet === "1"} />
      </div>
    </main>
  );
}
