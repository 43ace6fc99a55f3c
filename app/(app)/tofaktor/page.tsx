import type { Metadata } from "next";
import { EnrolTotpForm } from "@/components/auth/enrol-totp-form";
import { requireAccess } from "@/lib/auth/context";
import { totpOffer } from "@/lib/auth/totp-offer";
import { ownTotpStatus } from "@/lib/users/own-totp";

export const metadata: Metadata = { title: "Tofaktorgodkendelse" };

// The user's own TOTP (ADR 0033). Once on, only an administrator turns it
// off (a reset), so a stolen session cannot remove the second factor.
export default async function TotpPage() {
  const ctx = await requireAccess();
  const { enabled, email } = await ownTotpStatus(ctx);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">Tofaktorgodkendelse</h1>
      {enabled ? (
        <p>Tofaktorgodkendelse er slået til på din konto. Mister du telefonen, så brug en gendannelseskode, eller bed din administrator om at nulstille den.</p>
      ) : (
        <div className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-6">
          <p className="text-slate-700">Med tofaktorgodkendelse skal du ud over adgangskoden skrive en kode fra din telefon, når du logger ind.</p>
          <EnrolTotpForm offer={await totpOffer({ id: ctx.userId, email })} />
        </div>
      )}
    </div>
  );
}
