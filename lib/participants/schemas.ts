import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";

// One schema per form, shared by react-hook-form and the server action.

const optionalText = (max: number, message: string) =>
  text().trim().max(max, message).optional().transform((v) => v || undefined);

export const addParticipantSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  orgId: z.guid("Vælg en organisation"),
  roleOnCase: text().trim().min(1, "Skriv organisationens rolle i sagen").max(100, "Rollen er for lang"),
  contactName: optionalText(200, "Navnet er for langt"),
  contactPhone: optionalText(50, "Telefonnummeret er for langt"),
  contactEmail: text().trim().max(200).optional().transform((v) => v || undefined)
    .refine((v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Skriv en gyldig e-mailadresse"),
  emergencyContact: optionalText(300, "Akutkontakten er for lang"),
});
export type AddParticipantInput = z.input<typeof addParticipantSchema>;

export const removeParticipantSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  orgId: z.guid("Ukendt organisation"),
});
export type RemoveParticipantInput = z.input<typeof removeParticipantSchema>;

export const appointCoordinatorSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  orgId: z.guid("Vælg en organisation"),
  userName: optionalText(200, "Navnet er for langt"),
  handoverNote: text().trim().min(1, "Skriv en overdragelsesnote til den nye tovholder").max(4000, "Noten er for lang"),
});
export type AppointCoordinatorInput = z.input<typeof appointCoordinatorSchema>;

/** "Vores kontaktperson": a colleague (or nobody) and the phone number to reach them on this case. */
export const nameOwnContactSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  userId: z.union([z.guid("Vælg en kollega fra listen"), z.literal("")]),
  contactPhone: optionalText(50, "Telefonnummeret er for langt"),
});
export type NameOwnContactInput = z.input<typeof nameOwnContactSchema>;

/** The tovholder organisation names the tovholder in person (or nobody). */
export const nameTovholderSchema = z.object({
  caseId: z.guid("Ukendt sag"),
  userId: z.union([z.guid("Vælg en kollega fra listen"), z.literal("")]),
});
