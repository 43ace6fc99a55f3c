/**
 * Thrown when a record does not exist OR the caller may not see it: the two
 * are indistinguishable on purpose (outsiders get 404, never 403).
 */
export class NotFoundError extends Error {
  constructor(public readonly what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** The Danish answer for a record that is missing or not the caller's to see. */
const NOT_FOUND_NOUNS: Record<string, string> = {
  case: "Sagen",
  "concern report": "Underretningen",
  "concern report submission": "Den indsendte underretning",
  consent: "Samtykket",
  meeting: "Mødet",
  "calendar feed": "Kalenderen",
  task: "Opgaven",
  user: "Brugeren",
  session: "Sessionen",
};

export function notFoundMessage(error: NotFoundError): string {
  return `${NOT_FOUND_NOUNS[error.what] ?? "Posten"} findes ikke, eller du har ikke adgang til den.`;
}

/** The caller's role lacks a permission for an action on a visible record. */
export class ForbiddenError extends Error {
  constructor(public readonly permission: string) {
    super(`missing permission ${permission}`);
    this.name = "ForbiddenError";
  }
}
