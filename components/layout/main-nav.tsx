"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export type NavItem = { href: string; label: string };

/** Whether `pathname` is the item's page or below it; "Ny sag" wins over "Sager" on /sager/ny. */
export function isCurrent(items: NavItem[], href: string, pathname: string): boolean {
  const matches = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  const best = matches.sort((a, b) => b.href.length - a.href.length)[0];
  return best?.href === href;
}

/**
 * The main menu: aria-current on the page the user is on, and on narrow
 * screens a "Menu" button that shows and hides it (WCAG 1.4.10). Without
 * JavaScript the menu is simply shown.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // Open on the page where it was opened: a new page closes it again.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  // False on the server and before hydration (menu shown, no button), true in the browser.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const hidden = enhanced && !open;
  return (
    <nav aria-label="Hovedmenu" className="w-full sm:w-auto">
      {enhanced && (
        <button
          type="button"
          className="rounded border border-white px-3 py-1 text-sm sm:hidden"
          aria-expanded={open}
          aria-controls="hovedmenu"
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          Menu
        </button>
      )}
      <ul id="hovedmenu" className={`${hidden ? "hidden" : "flex"} mt-2 flex-col gap-2 sm:mt-0 sm:flex sm:flex-row sm:gap-4`}>
        {items.map((item) => {
          const current = isCurrent(items, item.href, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`underline-offset-4 hover:underline ${current ? "font-semibold underline decoration-2" : ""}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
