"use client";

import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";
import { useConfirmSaved } from "./save-confirmation";

/**
 * Puts a server action's answer on the form: field errors on their fields,
 * anything else as one form message. Nothing fails silently. With `saved`,
 * a success shows that confirmation at the top of the page, focused
 * (components/ui/save-confirmation.tsx).
 */
export function useActionErrors<V extends FieldValues>(setError: UseFormSetError<V>) {
  const [formError, setFormError] = useState<string | null>(null);
  const confirmSaved = useConfirmSaved();
  function apply<T>(result: ActionResult<T>, saved?: string): result is { ok: true; data: T } {
    if (result.ok) {
      setFormError(null);
      if (saved) confirmSaved(saved);
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
