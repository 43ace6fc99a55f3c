"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { TotpOffer } from "@/lib/auth/totp-offer";

/** Setting up an authenticator app: scan the QR code (or type the key), then one code from the app (ADR 0033). */
export function TotpEnrolmentFields({ offer, code, error }: { offer: TotpOffer; code: UseFormRegisterReturn; error?: string }) {
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">Tofaktorgodkendelse</legend>
      <p className="text-sm text-slate-700">
        Du skal bruge en godkenderapp på telefonen (fx Microsoft Authenticator eller Google Authenticator). Scan QR-koden med
        appen, eller skriv nøglen ind i hånden.
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing to optimise */}
      <img src={offer.qrDataUrl} width={200} height={200} alt="QR-kode til godkenderappen. Nøglen står også som tekst herunder." />
      <p className="text-sm">
        Nøgle: <code className="break-all rounded bg-slate-100 px-1 font-mono" data-testid="totp-secret">{offer.secretGroups}</code>
      </p>
      <Field label="Kode fra godkenderappen" hint="De 6 cifre, appen viser nu." error={error}>
        <input type="text" inputMode="numeric" autoComplete="one-time-code" className={`${inputClass} w-40`} {...code} />
      </Field>
    </fieldset>
  );
}

/** The ten recovery codes, shown once after enrolment. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold">Dine gendannelseskoder</h3>
      <p className="text-sm text-slate-700">
        Gem dem et sikkert sted. Hver kode virker én gang i stedet for koden fra appen, hvis du mister telefonen. De vises kun nu.
      </p>
      <ul className="grid grid-cols-2 gap-1 font-mono" aria-label="Gendannelseskoder">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ul>
    </div>
  );
}
