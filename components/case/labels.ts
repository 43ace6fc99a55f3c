export const CPR_FORMAT_HINT = "10 cifre, fx 010190-1234.";
export const CPR_SEARCH_HINT = `${CPR_FORMAT_HINT} Søgningen er eksakt.`;

export const KIND_LABELS = { GRAVID: "Gravid", BARN: "Barn" } as const;
