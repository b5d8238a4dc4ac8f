/**
 * Runs once when a Next.js server starts. With JOBS_WORKER=in-process (the default) the email
 * worker runs inside the web app, so `npm run dev` and `npm start` need nothing else; several
 * instances may all run it, since each message is claimed by exactly one of them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("./lib/jobs/in-process");
  await startInProcessWorker();
}
