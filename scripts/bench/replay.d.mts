export type CapturedStatement = { text: string; values: (string | null | { bytea: string })[] };
export function parseCapture(text: string): CapturedStatement[];
export function pgbenchScript(statements: CapturedStatement[], options: { rls: boolean }): string;
