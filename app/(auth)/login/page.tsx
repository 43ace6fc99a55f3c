import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getAccessContext } from "@/lib/auth/context";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

export const metadata: Metadata = { title: "Log ind" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (await getAccessContext()) redirect("/sager");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  return (
    <main id="indhold" className="mx-auto flex min-h-screen max-w-md flex-col justify-center p-6">
      <h1 className="text-3xl font-semibold text-brand-800">Samforløb</h1>
      <p className="mt-1 text-slate-700">Fælles sagsforløb for udsatte gravide og deres børn</p>
      <div className="mt-8 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h2 className="mb-4 text-xl font-semibold">Log ind</h2>
        <LoginForm callbackUrl={callbackUrl} expired={params.udloebet === "1"} />
      </div>
    </main>
  );
}
