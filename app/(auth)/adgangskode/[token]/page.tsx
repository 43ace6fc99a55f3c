import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { totpOffer } from "@/lib/auth/totp-offer";
import { LINK_INVALID_MESSAGE, openPasswordLink } from "@/lib/users/password-token";

export const metadata: Metadata = { title: "Vælg adgangskode" };

// A one-time set-password link (ADR 0033): no session, the link itself is the credential.
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await openPasswordLink(token) : null;
  const totp = holder?.totpNeeded ? await totpOffer({ id: holder.userId, email: holder.email }) : null;
  return (
    <main id="indhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center p-6">
      <h1 className="text-3xl font-semibold text-brand-800">Samforløb</h1>
      <div className="mt-8 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-xl font-semibold">Vælg adgangskode</h2>
        {holder ? (
          <>
            <p className="mb-4 text-slate-700">
              Til {holder.name} ({holder.email}).{holder.totpNeeded ? " Din rolle kræver tofaktorgodkendelse: den sættes op samtidig." : ""}
            </p>
            <SetPasswordForm token={token} email={holder.email} totp={totp} />
          </>
        ) : (
          <p role="alert" className="text-red-800">{LINK_INVALID_MESSAGE}</p>
        )}
      </div>
    </main>
  );
}
