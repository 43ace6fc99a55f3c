/**
 * The case page's table of contents: one keyboard stop per section, so a
 * long case file is not one long scroll (issue 9 item 5). Links go to the
 * sections' headings (components/ui/section.tsx gives them `<id>-titel`).
 */
export function CaseSectionNav({ sections }: { sections: { id: string; label: string }[] }) {
  return (
    <nav aria-label="Sagens afsnit" className="rounded-lg border border-slate-300 bg-white px-5 py-3 shadow-sm">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {sections.map((s) => (
          <li key={s.id}>
            <a className="text-brand-700 underline" href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
