import { Section } from "@/components/ui/section";
import type { CaseView } from "@/lib/cases/queries";
import { categoryLabel } from "@/lib/domain/categories";
import { formatDateTime } from "@/lib/format";
import { NoteAmendForm } from "./note-amend-form";
import { NoteForm } from "./note-form";
import { Disclosure } from "@/components/ui/disclosure";

/** Characters of a note shown before "Vis hele notatet": a long note must not push the rest of the case out of sight. */
const LONG_NOTE = 400;

type CaseNote = CaseView["notes"][number];

function NoteText({ text }: { text: string }) {
  if (text.length <= LONG_NOTE) return <p className="mt-1 whitespace-pre-wrap">{text}</p>;
  return (
    <details className="group mt-1">
      <summary className="cursor-pointer">
        <span className="whitespace-pre-wrap group-open:hidden">{text.slice(0, LONG_NOTE).trimEnd()} … </span>
        <span className="text-brand-700 underline group-open:hidden">Vis hele notatet</span>
        <span className="hidden text-brand-700 underline group-open:inline">Vis mindre</span>
      </summary>
      <p className="mt-1 whitespace-pre-wrap">{text}</p>
    </details>
  );
}

/** A corrected or annulled note keeps its text, folded away under its status (issue 9 item 5). */
function AmendedNote({ note }: { note: CaseNote }) {
  const a = note.amendment!;
  const what = a.kind === "CORRECTED" ? "Rettet" : "Annulleret";
  return (
    <>
      <p className="mt-1 font-medium text-amber-900">{what} {formatDateTime(a.at)} af {a.byName}: {a.reason}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-brand-700 underline">{a.kind === "CORRECTED" ? "Vis den oprindelige tekst" : "Vis den annullerede tekst"}</summary>
        <p className="mt-1 whitespace-pre-wrap text-slate-700">{note.text}</p>
      </details>
    </>
  );
}

export function NotesSection({ view }: { view: CaseView }) {
  const createdAt = new Map(view.notes.map((n) => [n.id, n.createdAt]));
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
          {view.notes.map((n) => {
            const original = n.replaces ? createdAt.get(n.replaces.noteId) : undefined;
            return (
              <li key={n.id} className={`rounded border p-3 ${n.amendment ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}>
                <p className="text-sm text-slate-600">
                  <span className="font-medium text-slate-800">{categoryLabel(n.category)}</span> · {formatDateTime(n.createdAt)} · {n.authorName},{" "}
                  {n.authorOrgName}
                  {n.replaces && <> · Rettelse af notatet{original ? ` fra ${formatDateTime(original)}` : ""}</>}
                </p>
                {n.amendment ? <AmendedNote note={n} /> : <NoteText text={n.text} />}
                {n.canAmend && (
                  <Disclosure label="Ret eller annullér" className="mt-2">
                    <NoteAmendForm caseId={view.id} noteId={n.id} text={n.text} />
                  </Disclosure>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
