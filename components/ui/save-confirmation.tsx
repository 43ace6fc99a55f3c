"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

// The confirmation after a save (issue 9 item 7), for forms whose own place
// may vanish with the save (an assessed report's form, a withdrawn consent's):
// one banner at the top of the page's content, announced and focused, the
// GOV.UK "notification banner" after a post. It belongs to the page it was
// shown on and is gone after navigating.

type Confirmation = { text: string; pathname: string; seq: number };

const ConfirmContext = createContext<(text: string) => void>(() => {});

/** `const confirmSaved = useConfirmSaved(); ... if (apply(result)) confirmSaved("Notatet er gemt.")`. */
export const useConfirmSaved = () => useContext(ConfirmContext);

export function SaveConfirmationProvider({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [shown, setShown] = useState<Confirmation | null>(null);
  const seq = useRef(0);
  const confirm = useCallback((text: string) => setShown({ text, pathname, seq: ++seq.current }), [pathname]);
  const visible = shown && shown.pathname === pathname ? shown : null;
  return (
    <ConfirmContext.Provider value={confirm}>
      {visible && <SavedBanner key={visible.seq} text={visible.text} onClose={() => setShown(null)} />}
      {children}
    </ConfirmContext.Provider>
  );
}

function SavedBanner({ text, onClose }: { text: string; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus after the save's re-render has settled, so it is not taken back.
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role="status"
      className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
      <p className="font-medium">{text}</p>
      <button type="button" onClick={onClose} className="rounded px-2 py-1 text-green-900 underline">Luk besked</button>
    </div>
  );
}
