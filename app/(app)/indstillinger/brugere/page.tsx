import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserActions } from "@/components/users/user-actions";
import { can } from "@/lib/access/policy";
import { ROLE_LABELS } from "@/lib/access/roles";
import { requireAccess } from "@/lib/auth/context";
import { listOrgUsers } from "@/lib/users/admin";

export const metadata: Metadata = { title: "Brugere" };

// The organisation's users (ADR 0033). Only an administrator has the page;
// anyone else gets the 404 page, as for any page that is not theirs.
export default async function UsersPage() {
  const ctx = await requireAccess();
  if (!can(ctx, "org:users")) notFound();
  const users = await listOrgUsers(ctx);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Brugere</h1>
        <p className="max-w-prose text-slate-700">
          Brugerne i {ctx.orgName}. En ny bruger vælger selv sin adgangskode via et engangslink, som du giver videre. En deaktiveret
          bruger er logget ud med det samme og kan ikke logge ind.
        </p>
      </div>
      <CreateUserForm />
      {/* A list, not a table: each user's actions need the width, and on a phone a table would scroll sideways. */}
      <section aria-labelledby="brugerliste" className="flex flex-col gap-3">
        <h2 id="brugerliste" className="text-lg font-semibold">Organisationens brugere ({users.length})</h2>
        <ul className="flex flex-col gap-3">
          {users.map((user) => (
            <li key={user.id} aria-label={user.name} className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 md:flex-row md:justify-between">
              <div className="min-w-0">
                <p className="font-medium">{user.name}</p>
                <p className="break-all text-sm text-slate-700">{user.email}</p>
                <p className="text-sm text-slate-700">
                  {ROLE_LABELS[user.role]} · {user.active ? "Aktiv" : "Deaktiveret"} · {user.totp ? "Tofaktor: ja" : "Tofaktor: nej"}
                </p>
              </div>
              <UserActions user={user} self={user.id === ctx.userId} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
