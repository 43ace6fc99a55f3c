/** Danish names for the kinds of record a disclosure can concern (UI and CSV). */
export const RECORD_TYPE_LABELS: Record<string, string> = {
  Note: "notat",
  Person: "stamdata",
  Deadline: "frist",
};

/** The Danish label for a record type, or the raw value if it is not known. */
export function recordTypeLabel(recordType: string): string {
  return Object.hasOwn(RECORD_TYPE_LABELS, recordType) ? RECORD_TYPE_LABELS[recordType]! : recordType;
}
