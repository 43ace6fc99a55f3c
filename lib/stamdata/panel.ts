import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { readStamdataHistory } from "./history";

/**
 * The case page's stamdata panel: its flags (the same rules the actions
 * require) and its history, read only when the case has one (`hasHistory`,
 * counted with the case row), so most case pages spend no statement on it.
 */
export async function getStamdataPanel(scope: CaseScope, hasHistory: boolean) {
  return {
    canEdit: scope.can("case:edit-stamdata"),
    canMerge: scope.can("case:merge"),
    mergedIntoCaseId: scope.mergedIntoCaseId,
    history: hasHistory ? await readStamdataHistory(scope) : [],
  };
}
export type StamdataPanel = Awaited<ReturnType<typeof getStamdataPanel>>;
