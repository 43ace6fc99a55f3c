import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/db/generated/**", ".next/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**"] },
  {
    // Only lib/db talks to Prisma: everything else goes through withAccess (ADR 0002).
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@prisma/client", message: "Use withAccess from @/lib/db (ADR 0002)." }],
          patterns: [
            { group: ["**/generated/**", "@/lib/db/generated/*", "@/lib/db/client", "**/db/client"], message: "Use withAccess from @/lib/db (ADR 0002)." },
          ],
        },
      ],
    },
  },
];

export default config;
