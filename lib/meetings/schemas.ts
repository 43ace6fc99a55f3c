import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";
import { MEETING_TYPES, RESPONSES } from "@/lib/domain/meetings/types";
import { AGENDA_PROMPT_KEYS } from "@/lib/domain/meetings/agenda";
import { isMeetingDay } from "./when";

// One schema per meeting form, run by react-hook-form in the browser and by
// the server action: the same rules and Danish messages on both sides. Each
// schema accepts its own output (the form submits parsed values).

const uuid = (message: string) => z.guid(message);
const day = text().trim().refine(isMeetingDay, "Vælg en gyldig dato");
const time = text().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Skriv tidspunktet som tt:mm, fx 09:30");
const optionalText = (max: number, label: string) =>
  text().trim().max(max, `${label} må højst være ${max} tegn`).optional().transform((v) => v || undefined);

/** https only: a video link is opened by every invitee, and http would leak the meeting's link. */
export const videoUrlSchema = optionalText(500, "Videolinket").refine(
  (v) => !v || (URL.canParse(v) && new URL(v).protocol === "https:"),
  "Videolinket skal være en https://-adresse",
);

export const meetingTypeSchema = z.enum(MEETING_TYPES, { error: "Vælg en mødetype" });

const professionalInvitee = z.object({
  orgId: uuid("Vælg en organisation"),
  userId: uuid("Vælg en person fra organisationen"),
});
const externalInvitee = z.object({
  name: text().trim().min(1, "Skriv navnet").max(100, "Navnet er for langt"),
  email: z.email("Skriv en gyldig e-mailadresse").max(200, "E-mailadressen er for lang"),
});

const agendaPrompts = z
  .object(Object.fromEntries(AGENDA_PROMPT_KEYS.map((key) => [key, optionalText(1_000, "Svaret")])) as Record<
    (typeof AGENDA_PROMPT_KEYS)[number], ReturnType<typeof optionalText>
  >)
  .partial();

const when = {
  date: day,
  time,
  durationMinutes: z.coerce.number({ error: "Skriv varigheden i minutter" }).int("Skriv hele minutter")
    .min(15, "Et møde varer mindst 15 minutter").max(480, "Et møde varer højst 8 timer"),
  place: optionalText(200, "Stedet"),
  videoUrl: videoUrlSchema,
};

export const scheduleMeetingSchema = z
  .object({
    caseId: uuid("Sagen mangler. Genindlæs siden."),
    idempotencyKey: uuid("Formularen mangler en nøgle. Genindlæs siden."),
    type: meetingTypeSchema,
    ...when,
    agenda: optionalText(5_000, "Dagsordenen"),
    prompts: agendaPrompts.default({}),
    professionals: z.array(professionalInvitee).max(30, "Højst 30 inviterede"),
    citizen: z.boolean().default(false),
    partner: z.boolean().default(false),
    partnerName: optionalText(100, "Partnerens navn"),
    externals: z.array(externalInvitee).max(10, "Højst 10 eksterne"),
  })
  .superRefine((input, issue) => {
    if (input.professionals.length + input.externals.length === 0 && !input.citizen && !input.partner) {
      issue.addIssue({ code: "custom", path: ["professionals"], message: "Invitér mindst én deltager" });
    }
    const seen = new Set<string>();
    input.professionals.forEach((p, i) => {
      if (seen.has(p.userId)) issue.addIssue({ code: "custom", path: ["professionals", i, "userId"], message: "Personen er inviteret to gange" });
      seen.add(p.userId);
    });
    if (!input.place && !input.videoUrl) issue.addIssue({ code: "custom", path: ["place"], message: "Skriv et mødested eller et videolink" });
  });
export type ScheduleMeetingInput = z.input<typeof scheduleMeetingSchema>;
export type ScheduleMeeting = z.output<typeof scheduleMeetingSchema>;

const reason = text().trim().min(3, "Skriv en begrundelse").max(500, "Begrundelsen må højst være 500 tegn");

export const moveMeetingSchema = z
  .object({ meetingId: uuid("Mødet mangler. Genindlæs siden."), ...when, reason })
  .refine((v) => v.place || v.videoUrl, { path: ["place"], message: "Skriv et mødested eller et videolink" });
export type MoveMeetingInput = z.input<typeof moveMeetingSchema>;

export const cancelMeetingSchema = z.object({ meetingId: uuid("Mødet mangler. Genindlæs siden."), reason });
export type CancelMeetingInput = z.input<typeof cancelMeetingSchema>;

export const respondSchema = z
  .object({
    meetingId: uuid("Mødet mangler. Genindlæs siden."),
    response: z.enum(RESPONSES, { error: "Vælg dit svar" }),
    proxyName: optionalText(100, "Stedfortræderens navn"),
  })
  .refine((v) => v.response !== "STEDFORTRAEDER" || !!v.proxyName, { path: ["proxyName"], message: "Skriv stedfortræderens navn" });
export type RespondInput = z.input<typeof respondSchema>;

export const slotCheckSchema = z.object({
  caseId: uuid("Sagen mangler."),
  date: day,
  time,
  durationMinutes: when.durationMinutes,
  type: meetingTypeSchema,
  userIds: z.array(uuid("Ukendt person")).max(30),
});
export type SlotCheckInput = z.input<typeof slotCheckSchema>;
