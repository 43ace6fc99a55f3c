import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Samforløb", template: "%s – Samforløb" },
  description: "Fælles sagsforløb for udsatte gravide og deres børn",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so each gets its request's CSP nonce (ADR 0031); a prerendered page would carry none.
  await connection();
  return (
    <html lang="da">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
