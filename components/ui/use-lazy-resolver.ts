"use client";

import { useEffect, useMemo } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "@/lib/validation/zod";

type Load = () => Promise<z.ZodType>;

/**
 * A react-hook-form resolver for the form's zod schema that loads zod and the
 * schema when the browser is idle after the form appears, not with the page:
 * zod is about 100 KB (gzip) and no page needs it to show itself (ADR 0007).
 * A submit before the load finishes waits for it; the server action validates
 * with the same schema whatever the browser did.
 *
 * `load` must be a module-level function (`() => import(...).then(...)`), so
 * the bundler splits the schema into its own chunk and the loaded resolver
 * is shared by every form using it.
 */
export function useLazyResolver<T extends FieldValues>(load: Load, options?: { raw?: boolean }): Resolver<T> {
  const raw = options?.raw ?? false;
  const resolver = useMemo(() => lazyResolver<T>(load, raw), [load, raw]);
  useEffect(() => {
    const preload = () => void resolver.preload();
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(preload, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(preload, 200);
    return () => window.clearTimeout(id);
  }, [resolver]);
  return resolver;
}

type AnyZodResolver = (schema: z.ZodType, options: undefined, resolverOptions: { raw: boolean }) => Resolver<FieldValues>;

function lazyResolver<T extends FieldValues>(load: Load, raw: boolean): Resolver<T> & { preload(): Promise<Resolver<T>> } {
  let loaded: Promise<Resolver<T>> | undefined;
  const preload = () => {
    loaded ??= Promise.all([load(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => (zodResolver as unknown as AnyZodResolver)(schema, undefined, { raw }) as unknown as Resolver<T>,
    );
    // A failed chunk load (offline, a new deployment) is tried again next time.
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
  const resolver: Resolver<T> = async (values, context, options) => {
    const validate = await preload().catch(() => null);
    // Without the schema the browser cannot check: the server action does,
    // with the same schema, and its field errors land on the same fields.
    return validate ? validate(values, context, options) : { values, errors: {} };
  };
  return Object.assign(resolver, { preload });
}
