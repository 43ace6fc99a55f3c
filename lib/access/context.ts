import type { Role } from "@/lib/access/roles";

/**
 * Who is acting, in which organisation, as what. Built on the server from the
 * session and a membership verified in the database, never from client input.
 */
export type AccessContext = {
  userId: string;
  userName: string;
  orgId: string;
  orgName: string;
  role: Role;
  /** Correlates the audit rows of one request. */
  requestId?: string;
};
