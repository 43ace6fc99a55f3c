import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Only lib/db talks to Prisma: everything else goes through withAccess (ADR 0002).
const prismaPaths = [{ name: "@prisma/client", message: "Use withAccess from @/lib/db (ADR 0002)." }];
const prismaPatterns = [
  { group: ["**/generated/**", "@/lib/db/generated/*", "@/lib/db/client", "**/db/client"], message: "Use withAccess from @/lib/db (ADR 0002)." },
];
// The owner connection bypasses row-level security: only set-up code (scripts,
// seed, tests), lib/db itself and background jobs (lib/jobs) may hold it (ADR 0015).
const ownerPatterns = [
  { group: ["@/lib/db/owner", "**/db/owner"], message: "The owner client is for scripts, the seed, tests and lib/jobs only: use withAccess (ADR 0002, 0015)." },
];
const ownerAllowed = ["scripts/**/*.{ts,mjs,js}", "prisma/**/*.{ts,mjs,js}", "tests/**/*.{ts,tsx,mjs,js}"];
// Routes import components and lib, never the other way round: server
// actions live in lib/<feature>/server-actions.ts (ADR 0009).
const appPatterns = [{ group: ["@/app/*", "**/app/*"], message: "Import from lib/ (server actions: lib/<feature>/server-actions.ts)." }];
// Zod's messages are configured in Danish in lib/validation/zod.ts, so z comes from there.
const zodPath = { name: "zod", message: "Import z from @/lib/validation/zod (Danish messages)." };

// Files still importing "zod" directly: the configuring module itself, and
// files owned elsewhere that have not been switched yet (move them off this
// list as they are changed to import from @/lib/validation/zod).
// Only the module that configures zod's Danish messages imports zod itself.
const zodAllowed = ["lib/validation/zod.ts"];

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/db/generated/**", ".next/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**"] },
  // A leading underscore marks a value left out on purpose (`{ secret: _s, ...rest }`).
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }] } },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [...prismaPaths, zodPath], patterns: [...prismaPatterns, ...ownerPatterns] }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [...prismaPaths, zodPath], patterns: [...prismaPatterns, ...ownerPatterns, ...appPatterns] }],
    },
  },
  {
    // May hold the owner client; everything else as above.
    files: ownerAllowed,
    rules: {
      "no-restricted-imports": ["error", { paths: [...prismaPaths, zodPath], patterns: prismaPatterns }],
    },
  },
  {
    files: ["lib/jobs/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [...prismaPaths, zodPath], patterns: [...prismaPatterns, ...appPatterns] }],
    },
  },
  {
    // lib/db may use Prisma but, like everything else, takes z from @/lib/validation/zod.
    files: ["lib/db/**/*.{ts,tsx,mjs,js}"],
    ignores: ["lib/db/generated/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [zodPath] }],
    },
  },
  {
    // Input strings go through the one schema that refuses control characters (ADR 0031).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/validation/text.ts", "lib/db/generated/**"],
    rules: {
      "no-restricted-syntax": ["error", {
        selector: "CallExpression[callee.object.name='z'][callee.property.name='string']",
        message: "Use text() from @/lib/validation/text: it refuses NUL and other control characters (ADR 0031).",
      }],
    },
  },
  {
    // The zod restriction off for these files; the Prisma one stays.
    files: zodAllowed,
    rules: {
      "no-restricted-imports": ["error", { paths: prismaPaths, patterns: [...prismaPatterns, ...ownerPatterns] }],
    },
  },
];

export default config;
