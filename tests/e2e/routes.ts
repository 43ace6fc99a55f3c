import { readdirSync, statSync } from "node:fs";
import path from "node:path";

// Every page and route handler of the app, read from app/ so a new route is
// covered without editing a list. Dynamic segments get a value that matches
// nothing (a random UUID, an unknown token): the answer is then a 404, which
// must carry the security headers as much as a page does.

export type AppRoute = { path: string; kind: "page" | "route"; file: string };

function walk(dir: string, segments: string[], out: AppRoute[]): void {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      walk(full, [...segments, entry], out);
    } else if (/^(page|route)\.tsx?$/.test(entry)) {
      const urlSegments = segments
        .filter((s) => !/^\(.*\)$/.test(s))
        .map((s) => (s === "[...nextauth]" ? "session" : s === "[token]" ? "ukendt.ics" : /^\[.*\]$/.test(s) ? crypto.randomUUID() : s));
      out.push({ path: `/${urlSegments.join("/")}`, kind: entry.startsWith("page") ? "page" : "route", file: path.relative(process.cwd(), full) });
    }
  }
}

export function appRoutes(root = path.join(process.cwd(), "app")): AppRoute[] {
  const out: AppRoute[] = [];
  walk(root, [], out);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
