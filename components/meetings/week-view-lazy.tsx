"use client";

import dynamic from "next/dynamic";

// The week view for pages to import: the calendar library is fetched only when
// this renders, never server-side (it needs the browser), so it is in no
// page's first-load JavaScript (tests/e2e/first-load-js.spec.ts). Until it
// arrives the space is held, so the agenda list below does not jump.
export const LazyWeekView = dynamic(() => import("./week-view").then((m) => m.WeekView), {
  ssr: false,
  loading: () => (
    <p
      className="flex h-[720px] items-center justify-center rounded border border-slate-200 text-slate-700"
      role="status"
    >
      Henter ugekalenderen…
    </p>
  ),
});
