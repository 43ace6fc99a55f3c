// Where a task's title leads: to the work it asks for. A referat's action
// opens its meeting; "Planlæg udskrivningsmødet" after a birth opens the
// meeting form prefilled as an udskrivningskonference (issue 10 item 10).

const MEETING_FORM_FOR_RULE: Record<string, string> = {
  "foedsel-udskrivningsmoede": "UDSKRIVNINGSKONFERENCE",
  terminsmoede: "TERMINSMOEDE",
};

export function taskHref(task: { meetingId: string | null; caseId: string | null; rule: string | null; completedAt: Date | null }): string | null {
  if (task.meetingId) return `/moeder/${task.meetingId}`;
  const type = task.rule ? MEETING_FORM_FOR_RULE[task.rule] : undefined;
  if (type && task.caseId && !task.completedAt) return `/sager/${task.caseId}/moeder/nyt?type=${type}`;
  return null;
}
