import "server-only";
import { connection } from "next/server";

/**
 * The time of the current request, for server components. Reading the clock during render is
 * impure; awaiting the connection first marks the render as per-request, which it is.
 */
export async function requestTime(): Promise<number> {
  await connection();
  return Date.now();
}
