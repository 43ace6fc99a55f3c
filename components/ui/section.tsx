/** A titled card on a page; the heading level keeps the page outline correct. */
export function Section({ title, id, children, actions }: { title: string; id?: string; children: React.ReactNode; actions?: React.ReactNode }) {
  const headingId = id ? `${id}-titel` : undefined;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-4">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
