// Danish labels for the underretning enums, in one place for forms, lists and letters.
import type { ABOUTS, CHANNELS, REPORTER_KINDS, ReceiptChannel, ReportOutcome } from "./schemas";

export const REPORTER_KIND_LABELS: Record<(typeof REPORTER_KINDS)[number], string> = {
  FAGPERSON: "Fagperson",
  PRIVATPERSON: "Privatperson",
  ANONYM: "Anonym",
};

export const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], string> = {
  DIGITAL_FORMULAR: "Digital formular",
  TELEFON: "Telefon (notat)",
  BREV: "Brev",
  SIKKER_MAIL: "Sikker mail",
  PERSONLIGT: "Personligt fremmøde",
};

export const ABOUT_LABELS: Record<(typeof ABOUTS)[number], string> = {
  GRAVID: "Gravid kvinde",
  UFOEDT_BARN: "Ufødt barn",
  BARN: "Barn",
};

export const OUTCOME_LABELS: Record<ReportOutcome, string> = {
  SCREENING: "Screening",
  AFDAEKNING: "Afdækning",
  BOERNEFAGLIG_UNDERSOEGELSE: "Børnefaglig undersøgelse",
  TIDLIGT_FOREBYGGENDE_TILBUD: "Tidligt forebyggende tilbud",
  INGEN_FORANSTALTNING: "Ingen foranstaltning",
  VIDERESENDT_ANDEN_KOMMUNE: "Videresendt til anden kommune",
};

export const yesNoLabel = (value: boolean | null | undefined) => (value === null || value === undefined ? "Ikke oplyst" : value ? "Ja" : "Nej");

export const RECEIPT_CHANNEL_LABELS: Record<ReceiptChannel, string> = {
  BREV: "Brev",
  DIGITAL_POST: "Digital Post",
  SIKKER_MAIL: "Sikker mail",
  UDLEVERET: "Udleveret personligt",
};
