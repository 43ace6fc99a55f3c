"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Button } from "./button";
import { inputClass } from "./field";
import { FormMessage } from "./form-message";

/**
 * Hand something to a colleague, or to nobody: the case's caseworker, a
 * report's handler. One select of the colleagues the server offered; the
 * server action checks the choice again, so there is nothing to validate here.
 */
export function ColleagueSelectForm({
  id, label, submitLabel, savedMessage, current, candidates, run,
}: {
  id: string;
  label: string;
  submitLabel: string;
  savedMessage: string;
  current: string | null;
  candidates: { id: string; name: string }[];
  run: (userId: string) => Promise<ActionResult<unknown>>;
}) {
  const [userId, setUserId] = useState(current ?? "");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await run(userId);
          setMessage(result.ok ? { kind: "success", text: savedMessage } : { kind: "error", text: result.fieldErrors?.userId?.[0] ?? result.message });
        });
      }}
    >
      {message && <FormMessage kind={message.kind}>{message.text}</FormMessage>}
      <label className="sr-only" htmlFor={id}>{label}</label>
      <select id={id} className={inputClass} value={userId} onChange={(e) => setUserId(e.target.value)}>
        <option value="">Ingen tildelt</option>
        {candidates.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
      </select>
      <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Gemmer …" : submitLabel}</Button>
    </form>
  );
}
