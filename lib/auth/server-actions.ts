"use server";

import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { switchOrganization } from "@/lib/auth/switch-org";

export async function switchOrganizationAction(formData: FormData) {
  const orgId = z.guid().safeParse(formData.get("orgId"));
  if (orgId.success) await switchOrganization(orgId.data);
  redirect("/sager");
}
