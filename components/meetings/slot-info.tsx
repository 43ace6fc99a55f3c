"use client";

import { formatDateTime } from "@/lib/format";
import type { SlotCheck } from "@/lib/meetings/slot-check";

/** The invitees' overlapping meetings and the family's load that week: information for the convener, never a block. */
export function SlotInfo({ check, pending }: { check: SlotCheck | null; pending: boolean }) {
  return (
    <div aria-live="polite" className="rounded border border-slate-200 bg-white p-3 text-sm">
      {pending && <p>Tjekker kalendere …</p>}
      {!pending && !check && <p className="text-slate-600">Vælg dato og tid for at se overlap og familiens belastning.</p>}
      {!pending && check && (
        <>
          {check.conflicts.length === 0 ? (
            <p className="text-green-800">✓ Ingen af de inviterede har andre møder i Samforløb på det tidspunkt.</p>
          ) : (
            <ul className="text-amber-800">
              {check.conflicts.map((c, i) => (
                <li key={`${c.userId}-${i}`}>⚠ {c.name} har et andet møde {formatDateTime(new Date(c.startsAt))}</li>
              ))}
            </ul>
          )}
          <p className="mt-1">
            Belastning for familien i ugen: {check.load.meetings} {check.load.meetings === 1 ? "andet møde" : "andre møder"} med{" "}
            {check.load.professionals} forskellige fagpersoner.
          </p>
        </>
      )}
    </div>
  );
}
