import { NotFoundMessage } from "@/components/layout/not-found-message";

// Inside the app frame (header and menu), so the user can go on from here.
export default function NotFound() {
  return <NotFoundMessage />;
}
