import { switchOrganizationAction } from "@/lib/auth/server-actions";
import type { Membership } from "@/lib/auth/session-token";
import { ROLE_LABELS } from "@/lib/access/roles";

/** A plain form: works without JavaScript and with the keyboard. */
export function OrgSwitcher({ memberships, currentOrgId }: { memberships: Membership[]; currentOrgId: string }) {
  if (memberships.length < 2) return null;
  return (
    <form action={switchOrganizationAction} className="flex min-w-0 max-w-full flex-wrap items-center gap-2">
      <label htmlFor="org-switcher" className="text-sm">
        Organisation
      </label>
      <select id="org-switcher" name="orgId" defaultValue={currentOrgId} className="min-w-0 max-w-[16rem] rounded border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900">
        {memberships.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.orgName} ({ROLE_LABELS[m.role]})
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-white px-2 py-1 text-sm">
        Skift
      </button>
    </form>
  );
}
