"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ActionButton } from "@/components/ui/action-button";
import { inputClass } from "@/components/ui/field";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/access/roles";
import type { ActionResult } from "@/lib/actions/result";
import { formatDateTime } from "@/lib/format";
import type { OrgUser } from "@/lib/users/admin";
import { passwordLinkAction, removeMembershipAction, resetTotpAction, setActiveAction, setRoleAction } from "@/lib/users/server-actions";

/** The role of one user: a select and its own save button, with the answer announced. */
function RoleForm({ user }: { user: OrgUser }) {
  const [role, setRole] = useState<Role>(user.role);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const result = await setRoleAction({ userId: user.id, role });
      setMessage(result.ok ? { ok: true, text: `Rollen er nu ${ROLE_LABELS[role]}.` } : { ok: false, text: result.message });
    });
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-sm">
        <span className="font-medium">Rolle for {user.name}</span>
        <select className={inputClass} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
        </select>
      </label>
      <Button type="button" variant="secondary" disabled={pending || role === user.role} onClick={save}>Gem rolle</Button>
      {message && <span role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-900" : "font-medium text-red-700"}`}>{message.text}</span>}
    </div>
  );
}

/** Makes a one-time link and shows it once (no mail is configured): the administrator hands it over herself. */
function PasswordLink({ user }: { user: OrgUser }) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const run = async (): Promise<ActionResult<unknown>> => {
    const result = await passwordLinkAction({ userId: user.id });
    setLink(result.ok ? result.data : null);
    return result;
  };
  return (
    <div className="flex flex-col gap-1">
      <ActionButton run={run} label="Lav engangslink til adgangskode" ariaLabel={`Lav engangslink til adgangskode for ${user.name}`} />
      {link && (
        <p role="status" className="text-sm">
          Engangslink til {user.name} (virker én gang, til {formatDateTime(new Date(link.expiresAt))}):{" "}
          <code className="break-all rounded bg-slate-100 px-1">{link.url}</code>
        </p>
      )}
    </div>
  );
}

/** What an administrator can do with one user of her organisation (ADR 0033). */
export function UserActions({ user, self }: { user: OrgUser; self: boolean }) {
  if (self) return <p className="text-sm text-slate-700">Det er dig. Din egen adgang ændres af en anden administrator.</p>;
  return (
    <div className="flex flex-col gap-3">
      <RoleForm user={user} />
      <div className="flex flex-wrap gap-2">
        <PasswordLink user={user} />
        {user.totp && <ActionButton run={() => resetTotpAction({ userId: user.id })} label="Nulstil tofaktor" ariaLabel={`Nulstil tofaktor for ${user.name}`} />}
        <ActionButton
          run={() => setActiveAction({ userId: user.id, active: !user.active })}
          label={user.active ? "Deaktivér" : "Genaktivér"}
          ariaLabel={`${user.active ? "Deaktivér" : "Genaktivér"} ${user.name}`}
        />
        <ActionButton run={() => removeMembershipAction({ userId: user.id })} label="Fjern fra organisationen" ariaLabel={`Fjern ${user.name} fra organisationen`} />
      </div>
    </div>
  );
}
