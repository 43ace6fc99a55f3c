"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

/**
 * A page that could not be read, inside the app frame and in Danish. The
 * browser gets no details (they may hold personal data); the server log has
 * the error with its digest. The commonest cause under load is a database
 * that did not answer in time (ServiceBusyError, ADR 0010): trying again
 * helps, so that is what the page offers.
 */
export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mx-auto max-w-xl py-8" role="alert">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold">
        Siden kunne ikke vises lige nu
      </h1>
      <p className="mt-3 text-slate-700">
        Systemet er måske meget travlt. Intet er gået tabt: vent et øjeblik, og prøv igen.
        {error.digest && <span className="mt-2 block text-sm">Fejlkode til support: {error.digest}</span>}
      </p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
          Prøv igen
        </button>
        <Link className="self-center text-brand-700 underline" href="/sager">
          Gå til sagsoversigten
        </Link>
      </div>
    </div>
  );
}
