// The 9 H'er: optional prompts for a meeting's agenda (seed-gravide §5, the
// Syddanmark agenda template). Keys are stored in MeetingAgenda.prompts.

export const AGENDA_PROMPTS = [
  { key: "hvad", label: "Hvad skal mødet handle om?" },
  { key: "hvorfor", label: "Hvorfor holder vi mødet?" },
  { key: "hvornaar", label: "Hvornår skal det ske?" },
  { key: "hvor", label: "Hvor skal det ske?" },
  { key: "hvemAnsvarlig", label: "Hvem er ansvarlig?" },
  { key: "hvordan", label: "Hvordan gør vi?" },
  { key: "hvorLaenge", label: "Hvor længe?" },
  { key: "hvemBesked", label: "Hvem giver besked?" },
  { key: "hvadNaeste", label: "Hvad er det næste?" },
] as const;

export const AGENDA_PROMPT_KEYS = AGENDA_PROMPTS.map((p) => p.key) as [
  (typeof AGENDA_PROMPTS)[number]["key"], ...(typeof AGENDA_PROMPTS)[number]["key"][],
];
export type AgendaPromptKey = (typeof AGENDA_PROMPTS)[number]["key"];
