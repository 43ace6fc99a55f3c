import "dotenv/config";
import { defineConfig } from "prisma/config";

// DATABASE_URL is optional here: `prisma generate` needs none, and the start
// script sets it to the embedded database when the user has not.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
