// The lockout rule and its message, shared by the login form and the server,
// apart from the schema so the login page does not load zod (ADR 0007).

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export const WRONG_CREDENTIALS_MESSAGE =
  `Forkert e-mail eller adgangskode. Efter ${MAX_FAILED_ATTEMPTS} forkerte forsøg i træk låses kontoen i ${LOCKOUT_MINUTES} minutter.`;

/** Shown when the sign-in rate limit (per IP or per account, ADR 0031) answered 429. */
export const TOO_MANY_SIGN_INS_MESSAGE = "For mange loginforsøg på kort tid. Vent et par minutter, og prøv igen.";
