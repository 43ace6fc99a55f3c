import { NotFoundMessage } from "@/components/layout/not-found-message";

// Addresses outside the app's pages; inside them app/(app)/not-found.tsx keeps the menu.
export default function NotFound() {
  return (
    <main id="indhold" className="px-4">
      <NotFoundMessage />
    </main>
  );
}
