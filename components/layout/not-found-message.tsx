import Link from "next/link";

/** The one 404 text: a missing record and one the user may not see read the same (ADR 0002). */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="text-2xl font-semibold">Siden findes ikke</h1>
      <p className="mt-3 text-slate-700">
        Siden eller sagen findes ikke, eller du har ikke adgang til den. Adgang til en sag kræver, at din organisation er
        ansvarlig for sagen eller deltager i den.
      </p>
      <p className="mt-6">
        <Link className="text-brand-700 underline" href="/sager">
          Gå til sagsoversigten
        </Link>
      </p>
    </div>
  );
}
