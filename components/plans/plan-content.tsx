import { GOAL_STATUS_LABELS, PROGRESS_LABELS } from "@/lib/domain/plans/goal-status";
import { PLAN_TRACKS, TRACK_LABELS } from "@/lib/domain/plans/kinds";
import { formatCivilDay } from "@/lib/format";
import type { PlanPage } from "@/lib/plans/plan-page";

type Version = NonNullable<PlanPage["version"]>;

/** A version as the organisation may read it, in plain Danish: purpose, goals, who does what and when, whom to call. */
export function PlanContent({ version }: { version: Version }) {
  const c = version.content;
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="formaal-titel"><h2 id="formaal-titel" className="text-lg font-semibold">Formål</h2><p className="whitespace-pre-line">{version.purpose || "Ikke skrevet endnu."}</p></section>
      {version.focusPoints.length > 0 && (
        <section aria-labelledby="fokus-titel"><h2 id="fokus-titel" className="text-lg font-semibold">Fokuspunkter</h2>
          <ul className="list-disc pl-5">{version.focusPoints.map((f) => <li key={f}>{f}</li>)}</ul></section>
      )}
      <section aria-labelledby="maal-titel">
        <h2 id="maal-titel" className="text-lg font-semibold">Mål</h2>
        {c.goals.length === 0 ? <p>Du kan ikke se planens mål.</p> : (
          <ul className="flex flex-col gap-1">{c.goals.map((g) => (
            <li key={g.id}><span className="font-medium">{g.title}</span> – senest {formatCivilDay(g.targetDate)} · {GOAL_STATUS_LABELS[g.status]}{g.note ? ` · ${g.note}` : ""}</li>
          ))}</ul>
        )}
      </section>
      {PLAN_TRACKS.map((track) => {
        const list = c.interventions.filter((i) => i.track === track);
        return (
          <section key={track} aria-labelledby={`spor-${track}`}>
            <h2 id={`spor-${track}`} className="text-lg font-semibold">Indsatser: {TRACK_LABELS[track].toLowerCase()}</h2>
            {list.length === 0 ? <p>Ingen indsatser, du kan se.</p> : (
              <ul className="flex flex-col gap-2">{list.map((i) => (
                <li key={i.id} className="rounded border border-slate-200 p-2">
                  <span className="font-medium">{i.title}</span> – {i.responsibleOrgName}{i.responsibleName ? ` (${i.responsibleName})` : ""}
                  <br />Fra {formatCivilDay(i.startDate)}{i.durationWeeks ? ` i ${i.durationWeeks} uger` : ""}, {i.frequency.toLowerCase()}. Opfølgning {formatCivilDay(i.followUpDate)}.
                  {i.latest && <><br />Seneste: {PROGRESS_LABELS[i.latest.kind]} {formatCivilDay(i.latest.on)}</>}
                </li>
              ))}</ul>
            )}
          </section>
        );
      })}
      <section aria-labelledby="kontakt-titel">
        <h2 id="kontakt-titel" className="text-lg font-semibold">Hvem kan I ringe til?</h2>
        {c.contacts.length === 0 ? <p>Ingen kontaktpersoner endnu.</p> : (
          <ul className="flex flex-col gap-1">{c.contacts.map((k) => (
            <li key={k.id}>{k.orgName}: {k.name}{k.phone ? `, tlf. ${k.phone}` : ""}{k.fallback ? `. Kan ikke træffes: ${k.fallback}` : ""}</li>
          ))}</ul>
        )}
      </section>
      {(version.afterBirthStay || version.afterBirthFeeding || version.afterBirthDischarge) && (
        <section aria-labelledby="efter-titel">
          <h2 id="efter-titel" className="text-lg font-semibold">Efter fødslen</h2>
          <dl className="grid gap-1 sm:grid-cols-[12rem_1fr]">
            {version.afterBirthStay && <><dt className="font-medium">Barselsgangen</dt><dd>{version.afterBirthStay}</dd></>}
            {version.afterBirthFeeding && <><dt className="font-medium">Amning</dt><dd>{version.afterBirthFeeding}</dd></>}
            {version.afterBirthDischarge && <><dt className="font-medium">Udskrivning</dt><dd>{version.afterBirthDischarge}</dd></>}
          </dl>
        </section>
      )}
    </div>
  );
}
