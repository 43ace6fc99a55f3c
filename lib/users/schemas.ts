import { ROLES } from "@/lib/access/roles";
import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";

// The user administration's forms (ADR 0033), shared by the forms and the
// server actions. No server-only imports: the browser bundle uses this file.

export const roleSchema = z.enum(ROLES, { error: "Vælg en rolle fra listen" });

export const createUserSchema = z.object({
  email: text().trim().toLowerCase().min(1, "Skriv brugerens e-mailadresse").max(254, "Højst 254 tegn").email("Skriv en gyldig e-mailadresse"),
  name: text().trim().min(1, "Skriv brugerens navn").max(200, "Højst 200 tegn"),
  role: roleSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const userRefSchema = z.object({ userId: z.guid("Ukendt bruger") });

export const setRoleSchema = userRefSchema.extend({ role: roleSchema });

export const setActiveSchema = userRefSchema.extend({ active: z.boolean() });

export const sessionRefSchema = z.object({ sessionId: z.guid("Ukendt session") });

export const enrolTotpSchema = z.object({
  totpSealed: text().min(1).max(500),
  totpCode: text().trim().min(1, "Skriv de 6 cifre fra godkenderappen").max(10, "Skriv de 6 cifre fra godkenderappen"),
});
export type EnrolTotpInput = z.input<typeof enrolTotpSchema>;

/** The house rule for a password set through a link: long rather than complicated (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;

export const setPasswordSchema = z
  .object({
    token: text().regex(/^[A-Za-z0-9_-]{20,100}$/, "Linket er ugyldigt"),
    password: text().min(PASSWORD_MIN_LENGTH, `Adgangskoden skal have mindst ${PASSWORD_MIN_LENGTH} tegn`).max(200, "Højst 200 tegn"),
    confirm: text(),
    /** TOTP enrolment on the same page, where the role requires it (ADR 0033). */
    totpSealed: text().max(500).optional(),
    totpCode: text().trim().max(10, "Skriv de 6 cifre fra godkenderappen").optional(),
  })
  .refine((value) => value.password === value.confirm, { path: ["confirm"], message: "De to adgangskoder er ikke ens" });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;
