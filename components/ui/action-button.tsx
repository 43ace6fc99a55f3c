"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";

/**
 * A button that runs one server action with no form fields, shows progress,
 * and announces a refusal as an alert, so nothing fails silently.
 */
export function ActionButton({
  run,
  label,
  ariaLabel,
  variant = "secondary",
}: {
  run: () => Promise<ActionResult<unknown>>;
  label: string;
  ariaLabel?: string;
  variant?: "primary" | "secondary" | "link";
}) {
  const [error, setError] = useState<string | null>(null);
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
