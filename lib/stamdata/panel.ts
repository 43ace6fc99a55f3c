import "server-only";
import type { CaseScope } from "@/lib/access/case-scope";
import { readStamdataHistory } from "./history";

/** The case page's stamdata panel: its flags (the same rules the actions require) and its history. */
export async function getStamdataPanel(scope: CaseScope) {
  return {
    canEdit: scope.can("case:edit-stamdata"),
    canMerge: scope.can("case:merge"),
    mergedIntoCaseId: scope.mergedIntoCaseId,
    history: await readStamdataHistory(scope),
  };
}
export type StamdataPanel = Awaited<ReturnType<typeof getStamdataPanel>>;
