"use client";

import { signOut } from "next-auth/react";

/** Signs out here, and for a single sign-on also at the identity provider when it offers end_session (ADR 0034). */
async function signOutEverywhere(): Promise<void> {
  const { url } = await fetch("/api/sso/afslut", { cache: "no-store" })
    .then((res) => res.json() as Promise<{ url?: string | null }>)
    .catch(() => ({ url: null }));
  await signOut({ redirect: false });
  window.location.assign(url ?? "/login");
}

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOutEverywhere()} className="rounded border border-white px-3 py-1 text-sm hover:bg-brand-800">
      Log ud
    </button>
  );
}
