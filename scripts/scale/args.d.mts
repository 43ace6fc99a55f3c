export function parseArgs<T extends Record<string, string | number | boolean>>(argv: string[], defaults: T): T;
