"use client";

import { useEffect, useRef } from "react";

/**
 * A form-level message announced to screen readers when it appears. A
 * success message (the confirmation after a save, issue 9 item 7) also takes
 * the focus, so a keyboard or screen-reader user lands on what happened
 * instead of on a button whose form has changed.
 */
export function FormMessage({ kind, children }: { kind: "error" | "success"; children?: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const focus = kind === "success" && !!children;
  // A new text is a new confirmation; a re-render of the same one must not steal the focus back.
  const text = typeof children === "string" ? children : null;
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, text]);
  if (!children) return null;
  const style = kind === "error" ? "border-red-700 bg-red-50 text-red-800" : "border-green-700 bg-green-50 text-green-900";
  return (
    <div ref={ref} tabIndex={kind === "success" ? -1 : undefined} role={kind === "error" ? "alert" : "status"} className={`rounded border-l-4 p-3 ${style}`}>
      {children}
    </div>
  );
}
