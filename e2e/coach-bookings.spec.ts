import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { latestLink, uniqueEmail } from "./support/mailbox";

test.use({ timezoneId: "Europe/London" });

test("the coach moves a booking and then asks the visitor to choose another time; the visitor sees both", async ({ page, browser, request }) => {
  const email = uniqueEmail("moved-by-coach");
  const name = `Robin ${Date.now().toString(36)}`;

  // A time about two weeks out: the visitors' journeys book the first days and the last times.
  const { slots }: { slots: { start: string }[] } = await (await request.get(`/api/availability?from=${new Date(Date.now() + 12 * 86_400_000).toISOString()}&to=${new Date(Date.now() + 16 * 86_400_000).toISOString()}`)).json();
  const start = slots[3]!.start;
  await page.goto(`/consultation/book?start=${encodeURIComponent(start)}&tz=Europe%2FLondon`);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByLabel("What brings you here?").fill("Shoulders up by my ears all day.");
  await page.getByLabel(/Where in your body/).selectOption("Shoulders");
  await page.getByLabel(/I agree that my name/).check();
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByText("You are booked in.")).toBeVisible();

  const coachContext = await browser.newContext({ storageState: COACH_STATE, extraHTTPHeaders: { "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.9` } });
  const coach = await coachContext.newPage();
  const line = coach.getByRole("link", { name: new RegExp(` · ${name}$`) });
  // The booking is two weeks or so ahead: look week by week, each page fully loaded.
  for (let week = 0; week <= 4; week += 1) {
    await coach.goto(`/admin/bookings?week=${week}`);
    if ((await line.count()) > 0) break;
  }
  // The week is one line per call; the call's own page has its answers and what the coach can do.
  await line.click();
  await expect(coach.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(coach.getByText("Shoulders up by my ears all day.")).toBeVisible();
  // Moving is a page of its own (the free times are listed there, not under every booking).
  await coach.getByRole("link", { name: "Move…" }).click();
  await expect(coach.getByRole("heading", { name: `Move the call with ${name}` })).toBeVisible();
  const choice = coach.getByLabel("New time (your zone)");
  const options = await choice.locator("option:not([disabled])").evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
  const newStart = options.at(-4)!;
  await choice.selectOption(newStart);
  await coach.getByLabel(`A note to ${name} (optional)`).fill("A workshop moved onto that morning, sorry!");
  await coach.getByRole("button", { name: "Move and send the new invite" }).click();
  // Back on the call's own page, with the note in view and a link to its (maybe other) week.
  const movedNote = coach.getByText(new RegExp(`Moved to .*\\. ${name} has the updated invite\\.$`));
  await expect(movedNote).toBeVisible();
  await expect(movedNote).toBeInViewport();

  // The visitor's mail: the coach's words, and an invite that updates the same event.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const moved = page.getByRole("article", { name: /^Moved: your free consultation/ });
  await moved.getByText("Show the message").click();
  await expect(moved.frameLocator("iframe").getByText("“A workshop moved onto that morning, sorry!”")).toBeVisible();
  const ics = await (await request.get((await moved.getByRole("link", { name: /consultation\.ics/ }).getAttribute("href"))!)).text();
  expect(ics).toContain("SEQUENCE:1");
  expect(ics).toContain(`DTSTART:${new Date(newStart).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);

  await coach.getByText("Ask to reschedule…").click();
  await coach.getByLabel(`Your request to ${name}`).fill("Could we find a time the week after?");
  await coach.getByRole("button", { name: "Send the link to choose a new time" }).click();
  await expect(coach.getByText(`Sent. The call stays booked until ${name} chooses.`)).toBeVisible();
  await coachContext.close();

  const choose = await latestLink(page, email, /asks to move your consultation/, /\/bookings\//);
  await page.goto(choose);
  await expect(page.getByText("asked to find another time for this call: “Could we find a time the week after?”")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Move to another time" })).toBeInViewport();
});
