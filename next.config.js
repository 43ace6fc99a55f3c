// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages stay outside the server bundle; so does
  // @touch4it/ical-timezones, which reads its VTIMEZONE files from its own
  // folder (__dirname) at run time (lib/meetings/ics.ts); exceljs (the
  // overview's exports), a CommonJS package with streams of its own; and
  // @react-pdf/renderer, which loads its standard fonts (AFM files) and
  // yoga's WebAssembly from its own folders (lib/plans/pdf.tsx).
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pg-boss", "@touch4it/ical-timezones", "exceljs", "@react-pdf/renderer"],
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
