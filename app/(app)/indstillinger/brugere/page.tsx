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
      <div className="relative overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Organisationens brugere</caption>
          <thead className="border-b border-slate-300 text-sm">
            <tr>
              <th scope="col" className="py-2 pr-4">Bruger</th>
              <th scope="col" className="py-2 pr-4">Rolle</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Handlinger</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-slate-200 align-top last:border-0">
                <td className="py-2 pr-4">
                  <span className="font-medium">{user.name}</span>
                  <br />
                  <span className="break-all text-sm text-slate-700">{user.email}</span>
                </td>
                <td className="py-2 pr-4">{ROLE_LABELS[user.role]}</td>
                <td className="py-2 pr-4 text-sm">
                  {user.active ? "Aktiv" : "Deaktiveret"}
                  <br />
                  {user.totp ? "Tofaktor: ja" : "Tofaktor: nej"}
                </td>
                <td className="py-2">
                  <UserActions user={user} self={user.id === ctx.userId} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
