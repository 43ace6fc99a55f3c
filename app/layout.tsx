import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Samforløb", template: "%s – Samforløb" },
  description: "Fælles sagsforløb for udsatte gravide og deres børn",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="da">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
