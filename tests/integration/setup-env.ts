// Runs in every integration worker before the test file is imported, so the
// lazily created clients in lib/db and the CPR vault see these values.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_DATABASE_URL = inject("appDatabaseUrl");
process.env.CPR_ENCRYPTION_KEY = inject("cprEncryptionKey");
process.env.CPR_INDEX_KEY = inject("cprIndexKey");
process.env.NEXTAUTH_SECRET = inject("nextAuthSecret");
