import { cprErrorMessage, normalizeCpr, parseCpr } from "@/lib/domain/cpr";
import { text } from "@/lib/validation/text";

// Apart from lib/domain/cpr so the browser can check a CPR without zod (ADR 0007).

/**
 * Zod schema for forms (zodResolver) and server actions. Input is what the
 * user typed; output is the normalized 10-digit string. A failed modulus 11
 * check passes here on purpose: the UI shows CPR_MOD11_WARNING instead.
 */
export function createCprSchema(options: { now?: () => Date } = {}) {
  return text({ error: cprErrorMessage("FORMAT") })
    .superRefine((value, ctx) => {
      const result = parseCpr(value, { now: options.now?.() });
      if (!result.ok) ctx.addIssue({ code: "custom", message: cprErrorMessage(result.error) });
    })
    .transform(normalizeCpr);
}

export const cprSchema = createCprSchema();
