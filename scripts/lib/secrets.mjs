// Development secrets: generated once per checkout into .data/ (git-ignored),
// so the embedded database's encrypted CPR numbers stay readable between
// runs. Production sets these in the environment (see .env.example).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const NAMES = ["NEXTAUTH_SECRET", "CPR_ENCRYPTION_KEY", "CPR_INDEX_KEY"];

export function ensureDevSecrets(root) {
  const file = path.join(root, ".data", "dev-secrets.json");
  let stored = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8"));
  let changed = false;
  for (const name of NAMES) {
    if (process.env[name]) continue;
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64");
      changed = true;
    }
    process.env[name] = stored[name];
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
}
