export function syntheticCpr(n: number): { cpr: string; birthDate: string };
export function cprRows(count: number): Generator<[number, string, string, string]>;
