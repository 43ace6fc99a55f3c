import pg from "pg";

/**
 * A pg Client that sends one query at a time. Prisma's driver adapter runs a
 * read's relation queries concurrently, which inside an interactive
 * transaction means several queries on one connection; pg queues them itself
 * today but deprecates that (an error in pg 9). Chaining them here is the
 * "external flow control" pg asks for, until prisma/orm#29979 lands.
 */
export class SerialClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg's overloads; every form is forwarded unchanged
  override query(...args: any[]): any {
    const last = args.at(-1);
    const submittable = typeof args[0]?.submit === "function";
    // Callback and submittable forms return no promise to chain on: pass them through.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    if (typeof last === "function" || submittable) return (super.query as any)(...args);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const run = () => (super.query as any)(...args) as Promise<unknown>;
    const result = this.#tail.then(run, run);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
