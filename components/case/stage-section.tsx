import { Section } from "@/components/ui/section";
import type { CaseView } from "@/lib/cases/queries";
import { allowedTransitions, stageLabel, STAGE_DESCRIPTIONS } from "@/lib/domain/stages";
import { formatDateTime } from "@/lib/format";
import { StageBadge } from "./stage-badge";
import { StageTransitionForm } from "./stage-transition-form";
import { Disclosure } from "@/components/ui/disclosure";

export function StageSection({ view }: { view: CaseView }) {
  return (
    <Section title="Forløb" id="forloeb">
      <p className="flex items-center gap-2">
        Nuværende fase: <StageBadge stage={view.stage} />
      </p>
      <p className="mt-1 text-sm text-slate-600">{STAGE_DESCRIPTIONS[view.stage]}</p>
      {view.permissions.changeStage && (
        <Disclosure label="Ændr fasen">
          <StageTransitionForm key={view.stage} caseId={view.id} options={allowedTransitions(view.stage).map((s) => ({ value: s, label: stageLabel(s) }))} />
        </Disclosure>
      )}
      <h3 className="mt-5 font-semibold">Historik</h3>
      <ol className="mt-2 flex flex-col gap-3">
        {view.transitions.map((t) => (
          <li key={t.id} className="border-l-4 border-slate-300 pl-3">
            <p className="font-medium">
              {t.fromStage ? `${stageLabel(t.fromStage)} → ${stageLabel(t.toStage)}` : `Oprettet i ${stageLabel(t.toStage)}`}
            </p>
            <p className="text-sm text-slate-700">{t.reason}</p>
            <p className="text-sm text-slate-600">
              {formatDateTime(t.at)} · {t.byName}, {t.orgName}
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
