import { z } from "@/lib/validation/zod";

// The sign-in rules, shared by the login form and the server (ADR 0007).
// No server-only imports: the browser bundle uses this file.

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Skriv din e-mailadresse").email("Skriv en gyldig e-mailadresse"),
  password: z.string().min(1, "Skriv din adgangskode"),
  /** The second factor, once sign-in asked for it (ADR 0033): a TOTP code or a recovery code. */
  code: z.string().trim().max(20, "Koden er for lang").optional(),
});
export type SignInInput = z.input<typeof signInSchema>;
