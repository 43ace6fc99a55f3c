"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Puts a server action's answer on the form: field errors on their fields,
 * anything else as one form message. Nothing fails silently.
 */
export function useActionErrors<V extends FieldValues>(setError: UseFormSetError<V>) {
  const [formError, setFormError] = useState<string | null>(null);
  function apply<T>(result: ActionResult<T>): result is { ok: true; data: T } {
    if (result.ok) {
      setFormError(null);
      return true;
    }
    let placed = false;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "_form" || !messages[0]) continue;
      setError(field as Path<V>, { message: messages[0] });
      placed = true;
    }
    setFormError(placed && result.code === "VALIDATION" ? "Ret de markerede felter." : result.message);
    return false;
  }
  return { formError, setFormError, apply };
}
