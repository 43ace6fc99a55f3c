// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages stay outside the server bundle; so does
  // @touch4it/ical-timezones, which reads its VTIMEZONE files from its own
  // folder (__dirname) at run time (lib/meetings/ics.ts), and exceljs (the
  // overview's exports), a CommonJS package with streams of its own.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pg-boss", "@touch4it/ical-timezones", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
