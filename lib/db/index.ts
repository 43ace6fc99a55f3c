export { withAccess, withSystem } from "./with-access";
export type { Db, Prisma } from "./types";
