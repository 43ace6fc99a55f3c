import { stageLabel, type Stage } from "@/lib/domain/stages";

const STYLE: Record<Stage, string> = {
  OPSPORING: "bg-sky-100 text-sky-900 border-sky-300",
  UDREDNING: "bg-amber-100 text-amber-900 border-amber-300",
  INDSATS: "bg-violet-100 text-violet-900 border-violet-300",
  OPFOELGNING: "bg-emerald-100 text-emerald-900 border-emerald-300",
  AFSLUTTET: "bg-slate-200 text-slate-800 border-slate-400",
};

/** The stage as text; colour only repeats it. */
export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STYLE[stage]}`}>{stageLabel(stage)}</span>;
}
