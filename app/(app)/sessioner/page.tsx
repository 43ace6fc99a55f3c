import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { currentSessionId, requireAccess } from "@/lib/auth/context";
import { formatDateTime } from "@/lib/format";
import { endSessionAction } from "@/lib/users/server-actions";
import { listOwnSessions } from "@/lib/users/sessions";

export const metadata: Metadata = { title: "Mine sessioner" };

// The user's own sign-ins, each ended on its own (ADR 0033): a forgotten
// browser on a shared computer is signed out from here.
export default async function SessionsPage() {
  const ctx = await requireAccess();
  const sessions = await listOwnSessions(ctx, await currentSessionId());
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Mine sessioner</h1>
        <p className="max-w-prose text-slate-700">
          De steder, du er logget ind. Afslutter du en session, bliver den browser logget ud med det samme.
        </p>
        <p>
          <Link href="/tofaktor" className="text-brand-700 underline">Tofaktorgodkendelse</Link>
        </p>
      </div>
      <ul className="flex flex-col gap-3">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-300 bg-white p-4">
            <div className="min-w-0">
              <p className="font-medium">{session.current ? "Denne browser" : "Anden browser"}</p>
              <p className="break-words text-sm text-slate-700">{session.userAgent ?? "Ukendt browser"}</p>
              <p className="text-sm text-slate-700">
                Logget ind {formatDateTime(session.createdAt)} · senest aktiv {formatDateTime(session.lastSeenAt)}
              </p>
            </div>
            <ActionButton
              run={endSessionAction.bind(null, { sessionId: session.id })}
              label="Afslut session"
              ariaLabel={`Afslut session fra ${formatDateTime(session.createdAt)}${session.current ? " (denne browser)" : ""}`}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
