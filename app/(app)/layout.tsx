import { AppHeader } from "@/components/layout/app-header";
import { SaveConfirmationProvider } from "@/components/ui/save-confirmation";
import { currentMemberships, requireAccess } from "@/lib/auth/context";

// The layout renders the chrome only; every page checks access itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireAccess();
  const memberships = await currentMemberships();
  return (
    <>
      <AppHeader ctx={ctx} memberships={memberships} />
      <main id="indhold" className="mx-auto max-w-6xl px-4 py-6">
        <SaveConfirmationProvider>{children}</SaveConfirmationProvider>
      </main>
    </>
  );
}
