// Prisma's SQL template tag and helpers, for fragments that raw queries
// compose (values stay parameters). Outside lib/db only through here (ADR 0002).
import { Prisma } from "./generated/client";

export const sql = Prisma.sql;
export const joinSql = Prisma.join;
export type Sql = Prisma.Sql;
