"use client";

import { inputClass } from "@/components/ui/field";

// One row per organisation on the case: whom to invite there (a named
// person, or nobody), and whether the convener's MOEDER records (agenda,
// referat) are open to it: informing, not blocking (issue 10 item 3).

export type InviteeOrg = { id: string; name: string; roleOnCase: string; covered: boolean; isOwn: boolean };
export type InviteePerson = { userId: string; name: string; orgId: string };

export function InviteeOrgs({
  orgs, people, picked, onPick, missingRequired, error,
}: {
  orgs: readonly InviteeOrg[];
  people: readonly InviteePerson[];
  picked: Record<string, string>;
  onPick: (orgId: string, userId: string) => void;
  /** Names of organisations the meeting type expects but nobody there is invited. */
  missingRequired: readonly string[];
  error?: string;
}) {
  return (
    <fieldset data-field="professionals" tabIndex={-1} className="flex flex-col gap-3" aria-describedby={error ? "invitees-error" : undefined}>
      <legend className="font-medium">Inviterede fra organisationerne på sagen</legend>
      <ul className="flex flex-col gap-3">
        {orgs.map((org) => {
          const selectId = `invitee-${org.id}`;
          const choices = people.filter((p) => p.orgId === org.id);
          return (
            <li key={org.id} className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <label htmlFor={selectId} className="font-medium">{org.name}</label>
                <p className="text-sm text-slate-600">{org.roleOnCase}{org.isOwn ? " (din organisation)" : ""}</p>
                {!org.isOwn && (
                  <p className={`text-sm ${org.covered ? "text-green-800" : "text-amber-800"}`}>
                    {org.covered ? "✓ Et samtykke eller en hjemmel dækker møder (MOEDER): referatet deles" : "⚠ Intet grundlag for møder (MOEDER): organisationen ser tidspunktet, ikke dagsorden og referat"}
                  </p>
                )}
              </div>
              <select id={selectId} className={`${inputClass} sm:w-64`} value={picked[org.id] ?? ""} onChange={(e) => onPick(org.id, e.target.value)}>
                <option value="">Ikke inviteret</option>
                {choices.map((p) => <option key={p.userId} value={p.userId}>{p.name}</option>)}
              </select>
            </li>
          );
        })}
      </ul>
      {missingRequired.length > 0 && (
        <p className="text-sm text-amber-800"><span aria-hidden="true">⚠ </span>Advarsel: mødetypen bør have {missingRequired.join(" og ")} med.</p>
      )}
      {error && <p id="invitees-error" className="text-sm font-medium text-red-700"><span aria-hidden="true">✖ </span>{error}</p>}
    </fieldset>
  );
}
