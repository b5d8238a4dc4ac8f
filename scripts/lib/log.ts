/** One-line, prefixed messages for the supervisor scripts; no stack traces for expected failures. */
export const log = (message: string) => console.log(`[coach] ${message}`);
export const fail = (message: string): never => {
  console.error(`[coach] ${message}`);
  process.exit(1);
};
