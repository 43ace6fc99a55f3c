import { CATEGORIES, categoryLabel, type Category } from "@/lib/domain/categories";
import { CONSENT_DIRECTION_LABELS, CONSENT_FORM_LABELS } from "@/lib/consents/labels";

type Org = { id: string; name: string };

function danishList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

function dayText(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}.${Number(m)}.${y}`;
}

/**
 * The consent read back to the citizen before it is saved (danish-rules.md
 * § 2: specific, informed). Plain sentences, plus a grid of who sees what,
 * with text in every cell so nothing depends on colour or icons.
 */
export function ConsentSummary(props: {
  recorderOrgName: string; givenByName: string; direction: "VIDEREGIVE" | "INDHENTE"; form: "SKRIFTLIGT" | "MUNDTLIGT" | "DIGITALT";
  recipients: Org[]; categories: Category[]; purpose: string; validFrom: string; validUntil: string;
}) {
  const { recipients, categories } = props;
  const ordered = CATEGORIES.filter((c) => categories.includes(c));
  const complete = recipients.length > 0 && ordered.length > 0 && props.purpose.trim() && props.givenByName.trim();
  return (
    <div className="rounded border border-slate-300 bg-white p-4">
      <h4 className="font-semibold">Opsummering til oplæsning for borgeren</h4>
      {!complete ? (
        <p className="mt-2 text-sm text-slate-600">Udfyld navn, organisationer, kategorier og formål for at se opsummeringen.</p>
      ) : (
        <>
          <p className="mt-2">
            {props.givenByName} giver samtykke til, at {props.recorderOrgName} må{" "}
            {props.direction === "VIDEREGIVE" ? "videregive" : "indhente"} oplysninger om{" "}
            {danishList(ordered.map((c) => categoryLabel(c).toLowerCase()))}{" "}
            {props.direction === "VIDEREGIVE" ? "til" : "fra"} {danishList(recipients.map((r) => r.name))}, og at de må se disse
            oplysninger i sagen. Formålet er: {props.purpose.trim()}
          </p>
          <p className="mt-2">
            Samtykket gælder fra {dayText(props.validFrom)} til og med {dayText(props.validUntil)}. Det kan til enhver tid trækkes
            tilbage, og så ophører delingen med det samme. Form: {CONSENT_FORM_LABELS[props.form].toLowerCase()}.{" "}
            ({CONSENT_DIRECTION_LABELS[props.direction]}.)
          </p>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">Hvem må se hvad efter samtykket</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3">Organisation</th>
                {ordered.map((c) => <th key={c} scope="col" className="py-1 pr-3">{categoryLabel(c)}</th>)}
              </tr>
            </thead>
            <tbody>
              {recipients.map((r) => (
                <tr key={r.id} className="border-t border-slate-200">
                  <th scope="row" className="py-1 pr-3 font-medium">{r.name}</th>
                  {ordered.map((c) => <td key={c} className="py-1 pr-3">Må se</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
