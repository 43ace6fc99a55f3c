import Link from "next/link";

/**
 * "Første side" / "Næste side" under a keyset-paginated list (lib/db/keyset.ts):
 * no page numbers and no total, because counting a large list costs what
 * showing it saves. Renders nothing when there is only one page.
 */
export function Pager({ label, firstHref, nextHref }: { label: string; firstHref: string | null; nextHref: string | null }) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="mt-3 flex gap-4">
      {firstHref && (
        <Link className="text-brand-700 underline" href={firstHref}>
          Første side
        </Link>
      )}
      {nextHref && (
        <Link className="text-brand-700 underline" href={nextHref}>
          Næste side
        </Link>
      )}
    </nav>
  );
}
