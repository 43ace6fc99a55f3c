"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { useConfirmSaved } from "./save-confirmation";

/**
 * A button that runs one server action with no form fields, shows progress,
 * announces a refusal as an alert, so nothing fails silently, and confirms
 * a success at the top of the page (`saved`).
 */
export function ActionButton({
  run,
  label,
  ariaLabel,
  variant = "secondary",
  saved = "Ændringen er gemt.",
}: {
  run: () => Promise<ActionResult<unknown>>;
  label: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "link";
  saved?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const confirmSaved = useConfirmSaved();
  const [pending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-label={ariaLabel}
        onClick={() =>
          startTransition(async () => {
            const result = await run();
            setError(result.ok ? null : result.message);
            if (result.ok) confirmSaved(saved);
          })
        }
      >
        {pending ? "Gemmer …" : label}
      </Button>
      {error && (
        <span role="alert" className="text-sm font-medium text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
