// The underretninger queue's views (issue 9 item 8): what still needs
// handling, what the user handles, what has an outcome, or everything.
// Pure, so the page's links and the query agree on the names.

export const QUEUE_FILTERS = ["aabne", "mine", "behandlede", "alle"] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export const QUEUE_FILTER_LABELS: Record<QueueFilter, string> = {
  aabne: "Åbne",
  mine: "Mine",
  behandlede: "Behandlede",
  alle: "Alle",
};

/** A report is handled once its outcome is registered; "åbne" is the default view. */
export function parseQueueFilter(raw: string | undefined): QueueFilter {
  return (QUEUE_FILTERS as readonly string[]).includes(raw ?? "") ? (raw as QueueFilter) : "aabne";
}
