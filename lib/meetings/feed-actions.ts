"use server";

// The calendar feed's server actions: the acting user's own feed only.
import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { withAccess } from "@/lib/db/with-access";
import { z } from "@/lib/validation/zod";
import { createFeed, revokeFeeds } from "./calendar-feed";

const none = z.object({});

/** A new feed address (the old one stops working); the token is shown once. */
export const createFeedAction = safeAction(none, async (ctx) => {
  const { token } = await withAccess(ctx, (db) => createFeed(db, ctx));
  revalidatePath("/moeder");
  return { path: `/api/kalender/${token}.ics` };
});

export const revokeFeedAction = safeAction(none, async (ctx) => {
  await withAccess(ctx, (db) => revokeFeeds(db, ctx));
  revalidatePath("/moeder");
});
