/** True when `error` (a Drizzle error wrapping the driver's, or the driver's own) broke `constraint` (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = (error as { cause?: { code?: string; constraint_name?: string } } | null)?.cause ?? (error as { code?: string; constraint_name?: string } | null);
  return cause?.code === "23505" && cause.constraint_name === constraint;
}
