import Link from "next/link";
import type { AccessContext } from "@/lib/access/context";
import { hasPermission, ROLE_LABELS, type Permission } from "@/lib/access/roles";
import type { Membership } from "@/lib/auth/session-token";
import { MainNav } from "./main-nav";
import { OrgSwitcher } from "./org-switcher";
import { SignOutButton } from "./sign-out-button";

// A link shows only to roles that can use it: no dead ends in the menu.
const NAV: { href: string; label: string; permission?: Permission }[] = [
  { href: "/sager", label: "Sager" },
  { href: "/overblik", label: "Overblik", permission: "dashboard:read" },
  { href: "/sager/ny", label: "Ny sag", permission: "case:create" },
  { href: "/underretninger", label: "Underretninger" },
  { href: "/opgaver", label: "Opgaver" },
  { href: "/moeder", label: "Møder", permission: "meeting:convene" },
  { href: "/indstillinger/samarbejdsaftale", label: "Samarbejdsaftale", permission: "org:settings" },
  { href: "/indstillinger/brugere", label: "Brugere", permission: "org:users" },
];

export function AppHeader({ ctx, memberships }: { ctx: AccessContext; memberships: Membership[] }) {
  return (
    <header className="no-print on-dark bg-brand-700 text-white">
      <a href="#indhold" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-slate-900">
        Spring til indhold
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link href="/sager" className="text-xl font-semibold">
            Samforløb
          </Link>
          <MainNav items={NAV.filter((item) => !item.permission || hasPermission(ctx.role, item.permission)).map(({ href, label }) => ({ href, label }))} />
        </div>
        <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <OrgSwitcher memberships={memberships} currentOrgId={ctx.orgId} />
          <span className="min-w-0 break-words">
            {ctx.userName} · {ROLE_LABELS[ctx.role]} · {ctx.orgName}
          </span>
          <Link href="/sessioner" className="underline underline-offset-4">Mine sessioner</Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
