import { Section } from "@/components/ui/section";
import { lastValidDay } from "@/lib/consents/rules";
import { CONSENT_FORM_LABELS, CONSENT_GIVER_LABELS } from "@/lib/consents/labels";
import type { SharingView } from "@/lib/consents/queries";
import { atCopenhagen } from "@/lib/domain/calendar";
import { categoryLabel } from "@/lib/domain/categories";
import { formatDate } from "@/lib/format";
import { ConsentForm } from "./consent-form";
import { StatutoryBasisForm } from "./statutory-basis-form";
import { WithdrawConsentForm } from "./withdraw-consent-form";
import { Disclosure } from "@/components/ui/disclosure";

const STATUS_STYLE = {
  aktiv: "border-green-700 text-green-900",
  udløbet: "border-slate-500 text-slate-700",
  tilbagekaldt: "border-red-700 text-red-800",
  fremtidig: "border-slate-500 text-slate-700",
} as const;

/** Status as a word in a bordered badge: never colour alone (WCAG 1.4.1). */
function Status({ status }: { status: keyof typeof STATUS_STYLE }) {
  return <span className={`rounded border px-2 py-0.5 text-sm font-medium ${STATUS_STYLE[status]}`}>Status: {status}</span>;
}

export function SharingSection({ sharing }: { sharing: SharingView }) {
  return (
    <Section title="Samtykker og hjemmel" id="samtykker">
      <h3 className="font-semibold">Hvad kan hver organisation se?</h3>
      <p className="text-sm text-slate-600">
        Alle ser sagens deltagere og fase og deres egne notater. Andres oplysninger ses kun i de kategorier, et aktivt samtykke eller
        en hjemmel dækker.
      </p>
      <ul className="mt-2 flex flex-col gap-2">
        {sharing.coverage.map((c) => (
          <li key={c.orgId}>
            <span className="font-medium">Hvad kan {c.orgName} se?</span>{" "}
            {c.categories.length === 0 ? "Kun egne oplysninger." : `Andres oplysninger om: ${c.categories.map(categoryLabel).join(", ")}.`}
          </li>
        ))}
      </ul>

      <h3 className="mt-5 font-semibold">Samtykker</h3>
      {sharing.consents.length === 0 ? (
        <p className="text-slate-600">Der er ikke registreret samtykker i sagen.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3">
          {sharing.consents.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">Samtykke fra {c.givenByName} ({CONSENT_GIVER_LABELS[c.givenBy].toLowerCase()})</p>
                <Status status={c.status} />
              </div>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium">Modtagere</dt><dd>{c.recipients.join(", ")}</dd>
                <dt className="font-medium">Kategorier</dt><dd>{c.categories.map(categoryLabel).join(", ")}</dd>
                <dt className="font-medium">Formål</dt><dd>{c.purpose}</dd>
                <dt className="font-medium">Form</dt><dd>{CONSENT_FORM_LABELS[c.form]}{c.evidence ? ` – ${c.evidence}` : ""}</dd>
                <dt className="font-medium">Gyldig</dt><dd>{formatDate(c.validFrom)} til og med {formatDate(atCopenhagen(lastValidDay(c.validUntil)))}</dd>
                {c.withdrawnAt && (
                  <>
                    <dt className="font-medium">Tilbagekaldt</dt>
                    <dd>{formatDate(c.withdrawnAt)} af {c.withdrawnByName}: {c.withdrawalReason}</dd>
                  </>
                )}
              </dl>
              {c.canWithdraw && <div className="mt-2"><WithdrawConsentForm caseId={sharing.caseId} consentId={c.id} /></div>}
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-5 font-semibold">Deling uden samtykke</h3>
      {sharing.statutory.length === 0 ? (
        <p className="text-slate-600">Der er ikke registreret hjemmel til deling uden samtykke.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {sharing.statutory.map((b) => (
            <li key={b.id} className="rounded border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">{b.label} ({b.legalReference}) – {categoryLabel(b.category)} til {b.recipientName}</p>
                <Status status={b.status} />
              </div>
              <p>Registreret af {b.grantedByName} {formatDate(b.validFrom)}{b.validTo ? `, gælder til ${formatDate(b.validTo)}` : ""}. Begrundelse: {b.reason}</p>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-5 flex flex-col gap-4">
        {sharing.canManageConsents && sharing.recipients.length > 0 && (
          <Disclosure label="Registrér nyt samtykke">
            <ConsentForm
              caseId={sharing.caseId} caseKind={sharing.kind} recorderOrgName={sharing.recorderOrgName} recipients={sharing.recipients}
              canShareStamdata={sharing.canShareStamdata}
            />
          </Disclosure>
        )}
        {sharing.canManageConsents && sharing.recipients.length === 0 && (
          <p className="text-sm text-slate-600">Tilføj deltagende organisationer, før der kan registreres samtykke til deling med dem.</p>
        )}
        {sharing.canRecordStatutory && sharing.otherOrgs.length > 0 && (
          <Disclosure label="Del oplysninger uden samtykke">
            <StatutoryBasisForm caseId={sharing.caseId} orgs={sharing.otherOrgs} />
          </Disclosure>
        )}
      </div>
    </Section>
  );
}
