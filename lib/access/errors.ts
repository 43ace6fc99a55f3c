/**
 * Thrown when a record does not exist OR the caller may not see it: the two
 * are indistinguishable on purpose (outsiders get 404, never 403).
 */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** The caller's role lacks a permission for an action on a visible record. */
export class ForbiddenError extends Error {
  constructor(public readonly permission: string) {
    super(`missing permission ${permission}`);
    this.name = "ForbiddenError";
  }
}
