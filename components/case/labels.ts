export const CPR_FORMAT_HINT = "10 cifre, fx 010190-1234. Søgningen er eksakt.";

export const KIND_LABELS = { GRAVID: "Gravid", BARN: "Barn" } as const;
