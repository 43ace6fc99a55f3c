/**
 * A form or detail folded away behind a button-like summary ("Tilføj notat"):
 * the case page shows what is there first and what can be done on request
 * (issue 9 item 5). Native <details>: keyboard, screen readers (expanded or
 * not) and no JavaScript come with it.
 */
export function Disclosure({ label, children, className = "mt-4" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <details className={`group ${className}`}>
      <summary className="inline-flex cursor-pointer list-none items-center gap-2 rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">▸</span>
        {label}
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
