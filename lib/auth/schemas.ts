import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";

// The sign-in rules, shared by the login form and the server (ADR 0007).
// No server-only imports: the browser bundle uses this file.

export const signInSchema = z.object({
  email: text().trim().toLowerCase().min(1, "Skriv din e-mailadresse").email("Skriv en gyldig e-mailadresse"),
  password: text().min(1, "Skriv din adgangskode"),
  /** The second factor, once sign-in asked for it (ADR 0033): a TOTP code or a recovery code. */
  code: text().trim().max(20, "Koden er for lang").optional(),
});
export type SignInInput = z.input<typeof signInSchema>;
