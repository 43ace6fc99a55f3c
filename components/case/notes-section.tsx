import { Section } from "@/components/ui/section";
import type { CaseView } from "@/lib/cases/queries";
import { categoryLabel } from "@/lib/domain/categories";
import { formatDateTime } from "@/lib/format";
import { NoteForm } from "./note-form";

export function NotesSection({ view }: { view: CaseView }) {
  return (
    <Section title="Notater" id="notater">
      {view.permissions.addNote && <NoteForm caseId={view.id} />}
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
              <p className="mt-1 whitespace-pre-wrap">{n.text}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
