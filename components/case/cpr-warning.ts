import { CPR_MOD11_WARNING, parseCpr } from "@/lib/domain/cpr";

/** The modulus-11 warning for a valid-looking CPR that fails the check (a warning, never an error). */
export function cprWarning(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parsed = parseCpr(value);
  return parsed.ok && !parsed.modulus11Ok ? CPR_MOD11_WARNING : undefined;
}
