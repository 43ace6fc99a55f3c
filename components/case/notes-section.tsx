import { Section } from "@/components/ui/section";
import type { CaseView } from "@/lib/cases/queries";
import { categoryLabel } from "@/lib/domain/categories";
import { formatDateTime } from "@/lib/format";
import { NoteForm } from "./note-form";
import { Disclosure } from "@/components/ui/disclosure";

/** Characters of a note shown before "Vis hele notatet": a long note must not push the rest of the case out of sight. */
const LONG_NOTE = 400;

export function NotesSection({ view }: { view: CaseView }) {
  return (
    <Section title="Notater" id="notater">
      {view.permissions.addNote && (
        <Disclosure label="Tilføj notat" className="">
          <NoteForm caseId={view.id} defaultCategory={view.noteCategory} />
        </Disclosure>
      )}
      {view.notes.length === 0 ? (
        <p className="mt-4 text-slate-600">Der er ingen notater, du kan se, endnu.</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-4">
          {view.notes.map((n) => (
            <li key={n.id} className="rounded border border-slate-200 p-3">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-slate-800">{categoryLabel(n.category)}</span> · {formatDateTime(n.createdAt)} · {n.authorName},{" "}
                {n.authorOrgName}
              </p>
              {n.text.length > LONG_NOTE ? (
                <details className="group mt-1">
                  <summary className="cursor-pointer">
                    <span className="whitespace-pre-wrap group-open:hidden">{n.text.slice(0, LONG_NOTE).trimEnd()} … </span>
                    <span className="text-brand-700 underline group-open:hidden">Vis hele notatet</span>
                    <span className="hidden text-brand-700 underline group-open:inline">Vis mindre</span>
                  </summary>
                  <p className="mt-1 whitespace-pre-wrap">{n.text}</p>
                </details>
              ) : (
                <p className="mt-1 whitespace-pre-wrap">{n.text}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
