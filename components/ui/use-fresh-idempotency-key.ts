"use client";

import { useEffect } from "react";

/**
 * A fresh idempotency key per mounted form: returning to a form with the
 * browser's back button must create a new record, not reuse the previous
 * one's key. The server-rendered key stays as the fallback where
 * crypto.randomUUID is unavailable.
 */
export function useFreshIdempotencyKey(setKey: (key: string) => void): void {
  useEffect(() => {
    if (typeof crypto.randomUUID === "function") setKey(crypto.randomUUID());
  }, [setKey]);
}
