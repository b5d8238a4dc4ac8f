import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { latestLink, uniqueEmail } from "./support/mailbox";

test.use({ timezoneId: "America/New_York" });

test("a visitor in another timezone books, gets an invite for that slot, moves and cancels it from the email", async ({ page, request }) => {
  const email = uniqueEmail("booker");

  await page.goto("/consultation");
  // The page notices the browser's zone and shows times in it.
  await expect(page).toHaveURL(/tz=America%2FNew_York/);
  await expect(page.getByText(/Eastern (Standard|Daylight) Time · GMT-[45] · New York/)).toBeVisible();

  // Phone and desktop run at once: each takes a different slot so they never race each other.
  const times = page.getByRole("list", { name: /^Free times on/ }).getByRole("link");
  await expect(times.first()).toBeVisible();
  const pick = times.nth(test.info().project.name === "phone" ? 2 : 5);
  const href = (await pick.getAttribute("href"))!;
  const chosenStart = new URL(href, "http://x").searchParams.get("start")!;
  await pick.click();

  await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
  await page.getByLabel("Your name").fill("Sam Reader");
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByLabel("What brings you here?").fill("My lower back locks up after long days at the desk.");
  await page.getByLabel(/Where in your body/).selectOption("Lower back");
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByText("Please agree so we can hold your booking")).toBeVisible();
  await page.getByLabel(/I agree that my name/).check();
  await page.getByRole("button", { name: "Book this time" }).click();

  await expect(page.getByText("You are booked in.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your free consultation" })).toBeVisible();

  // The confirmation carries a calendar invite whose start is exactly the chosen slot.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const confirmation = page.getByRole("article", { name: /Your free consultation with/ });
  const ics = await (await request.get((await confirmation.getByRole("link", { name: /consultation\.ics/ }).getAttribute("href"))!)).text();
  expect(ics).toContain("METHOD:REQUEST");
  const dtstart = /DTSTART:(\d{8}T\d{6}Z)/.exec(ics)![1]!;
  expect(dtstart).toBe(new Date(chosenStart).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, ""));

  // The private link in the email moves it: the old time is free again, a new invite goes out.
  const manage = await latestLink(page, email, /Your free consultation with/, /\/bookings\//);
  await page.goto(manage);
  // The whole fortnight as a strip of days (found on a walk: five days as one long list, under a
  // line promising two weeks); a day's link shows its times.
  const moveDays = page.getByRole("region", { name: "Move to another time" }).getByRole("navigation", { name: "Days with free times" }).getByRole("link");
  expect(await moveDays.count()).toBeGreaterThan(5);
  await moveDays.last().click();
  await expect(page.getByRole("region", { name: "Move to another time" }).getByRole("list", { name: /^Free times on/ })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Move to another time" }).getByRole("list", { name: /^Free times on/ })).toBeInViewport();
  await page.goto(manage);
  const moveTimes = page.getByRole("region", { name: "Move to another time" }).getByRole("list", { name: /^Free times on/ }).getByRole("link");
  const moveHref = (await moveTimes.nth(1).getAttribute("href"))!;
  const movedStart = new URL(moveHref, "http://x").searchParams.get("move")!;
  await moveTimes.nth(1).click();
  await page.getByRole("button", { name: "Yes, move it" }).click();
  await expect(page.getByText("Moved. An updated calendar invite")).toBeVisible();
  await page.goto(`/consultation?tz=America%2FNew_York`);
  await expect(page.locator(`a[href="${href}"]`)).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const movedMail = page.getByRole("article", { name: /Moved: your free consultation/ });
  const movedIcs = await (await request.get((await movedMail.getByRole("link", { name: /consultation\.ics/ }).getAttribute("href"))!)).text();
  expect(movedIcs).toContain("SEQUENCE:1");
  expect(/DTSTART:(\d{8}T\d{6}Z)/.exec(movedIcs)![1]).toBe(new Date(movedStart).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, ""));

  // …and cancels it: the new time is offered again too.
  // Cancelling asks once more (found on a walk: one tap cancelled), and "Keep it" changes nothing.
  await page.goto(manage);
  await page.getByRole("link", { name: "Cancel this consultation…" }).click();
  await page.getByRole("link", { name: "Keep it" }).click();
  await expect(page.getByRole("link", { name: "Cancel this consultation…" })).toBeVisible();
  await page.getByRole("link", { name: "Cancel this consultation…" }).click();
  await page.getByLabel("Reason (optional)").fill("Something came up.");
  await page.getByRole("button", { name: "Yes, cancel it" }).click();
  await expect(page.getByRole("heading", { name: "This consultation is cancelled" })).toBeVisible();
  await page.goto(`/consultation?tz=America%2FNew_York`);
  await expect(page.locator(`a[href^="/consultation/book?start=${encodeURIComponent(movedStart)}&tz=America%2FNew_York"]`)).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole("article", { name: /Cancelled: your consultation/ })).toBeVisible();
});

test.describe("a visitor away from home", () => {
  test.use({ timezoneId: "Europe/London", locale: "en-US" });

  test("finds her zone by typing India, sees US-style times in it, and lands on the top of the form", async ({ page }) => {
    await page.goto("/consultation");
    await expect(page).toHaveURL(/tz=Europe%2FLondon/);
    await page.getByRole("button", { name: "Change time zone" }).click();
    await page.getByLabel("Find your time zone").fill("India");
    const results = page.getByRole("list", { name: "Matching time zones" });
    await expect(results.getByRole("button").first()).toContainText("India Standard Time · GMT+5:30 · Kolkata");
    await results.getByRole("button").first().click();
    await expect(page).toHaveURL(/tz=Asia%2FKolkata/);
    await expect(page.getByText("Times are shown in India Standard Time · GMT+5:30 · Kolkata.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Change time zone" })).toBeFocused();

    const times = page.getByRole("list", { name: /^Free times on/ }).getByRole("link");
    await expect(times.first()).toHaveText(/^\d{1,2}:\d{2} (AM|PM)$/);
    expect(await times.first().getAttribute("href")).toContain("tz=Asia%2FKolkata");
    // Phone and desktop run at once: each takes its own late time of the first day, so they never race each other.
    const pick = times.nth((await times.count()) - (test.info().project.name === "phone" ? 1 : 2));
    const href = (await pick.getAttribute("href"))!;

    // Start scrolled down among the times, as a phone visitor would be: the form opens at its top.
    await pick.scrollIntoViewIfNeeded();
    await pick.click();
    await expect(page.getByRole("heading", { name: "Almost there" })).toBeInViewport();
    await expect(page.getByLabel("Your name")).toBeInViewport();

    // She books it, adds it to her calendar from the confirmation, moves it earlier, then cancels.
    const email = uniqueEmail("kolkata");
    await page.getByLabel("Your name").fill("Priya Nair");
    await page.getByRole("main").getByLabel("Your email").fill(email);
    await page.getByLabel("What brings you here?").fill("Tight hamstrings after long flights.");
    await page.getByLabel(/Where in your body/).selectOption("Lower back");
    await page.getByLabel(/I agree that my name/).check();
    await page.getByRole("button", { name: "Book this time" }).click();
    await expect(page.getByText("You are booked in.")).toBeVisible();
    await expect(page.getByText(/\d{1,2}:\d{2}\s?(AM|PM)–\d{1,2}:\d{2}\s?(AM|PM)/).first()).toBeVisible();
    const google = new URL((await page.getByRole("link", { name: "Add to Google Calendar" }).getAttribute("href"))!);
    expect(google.searchParams.get("details")).toContain(new URL(page.url()).pathname);
    const ics = await (await page.request.get(new URL((await page.getByRole("link", { name: /Apple Calendar/ }).getAttribute("href"))!, page.url()).toString())).text();
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics.replace(/\r\n[ \t]/g, "")).toContain(`URL:${new URL(page.url()).origin}${new URL(page.url()).pathname}`);

    const bookedAt = new Date(new URL(href, "http://x").searchParams.get("start")!).getTime();
    const moveTimes = page.getByRole("region", { name: "Move to another time" }).getByRole("list", { name: /^Free times on/ }).getByRole("link");
    const earlier = new URL((await moveTimes.first().getAttribute("href"))!, "http://x").searchParams.get("move")!;
    await moveTimes.first().click();
    await expect(page.getByRole("button", { name: "Yes, move it" })).toBeInViewport();
    await page.getByRole("button", { name: "Yes, move it" }).click();
    await expect(page.getByText("Moved. An updated calendar invite")).toBeVisible();
    expect(new Date(earlier).getTime()).toBeLessThan(bookedAt);

    await page.getByRole("link", { name: "Cancel this consultation…" }).click();
    await expect(page.getByRole("button", { name: "Yes, cancel it" })).toBeInViewport();
    await page.getByRole("button", { name: "Yes, cancel it" }).click();
    await expect(page.getByRole("heading", { name: "This consultation is cancelled" })).toBeInViewport();
    await expect(page.getByText("Cancelled. A note is on its way")).toBeVisible();
  });

  test("without JavaScript, a zone typed into the form shows the times there", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: "Europe/London" });
    const page = await context.newPage();
    await page.goto("/consultation");
    await page.getByLabel(/Show times in another zone/).fill("Asia/Calcutta");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/tz=Asia%2FCalcutta/);
    await expect(page.getByText(/Times are shown in India Standard Time · GMT\+5:30 · Kolkata/)).toBeVisible();
    await expect(page.getByRole("list", { name: /^Free times on/ }).getByRole("link").first()).toHaveAttribute("href", /tz=Asia%2FKolkata/);
    await context.close();
  });
});

test("GET /api/availability answers the same slots as JSON, and refuses a bad zone", async ({ request }) => {
  const response = await request.get("/api/availability?tz=Asia/Tokyo");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.timeZone).toBe("Asia/Tokyo");
  expect(body.slots.length).toBeGreaterThan(0);
  for (const slot of body.slots.slice(0, 5)) expect(new Date(slot.end).getTime() - new Date(slot.start).getTime()).toBe(30 * 60_000);
  const bad = await request.get("/api/availability?tz=Mars/Olympus");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain("IANA timezone");
});

test("a time edited by hand in the address or the JSON is checked again on the server", async ({ page, request }) => {
  // Four to eight days out, where no other journey books: a booking there would make the edited time "taken" instead.
  const window = `from=${new Date(Date.now() + 4 * 86_400_000).toISOString()}&to=${new Date(Date.now() + 8 * 86_400_000).toISOString()}`;
  const { slots }: { slots: { start: string }[] } = await (await request.get(`/api/availability?${window}`)).json();
  const edited = new Date(new Date(slots[0]!.start).getTime() + 7 * 60_000).toISOString();
  await page.goto(`/consultation/book?start=${encodeURIComponent(edited)}`);
  await expect(page.getByRole("heading", { name: "That time is not free any more" })).toBeVisible();
  await expect(page.getByRole("link", { name: "See free times" })).toBeVisible();

  // Every question answered, as the form would send them, so only the time can be what is refused.
  await page.goto(`/consultation/book?start=${encodeURIComponent(slots[0]!.start)}`);
  const answers: Record<string, string> = {};
  for (const field of await page.locator("[name^='answer:']").all()) {
    const name = (await field.getAttribute("name"))!.slice("answer:".length);
    const options = await field.locator("option:not([value=''])").allTextContents();
    answers[name] = options[0] ?? "Stiff calves after long runs.";
  }
  const answer = await request.post("/api/bookings", {
    data: { start: edited, name: "Sam Reader", email: `edited-${Date.now()}@example.com`, timezone: "UTC", answers, consent: true },
  });
  expect(answer.status()).toBe(422);
  expect((await answer.json()).error).toBe("That time is not available. Please choose another one.");
});

/** The booking form for a free time well ahead, which these tests never book (no other journey loses it). */
async function openBookingForm(page: import("@playwright/test").Page, request: import("@playwright/test").APIRequestContext) {
  const { slots }: { slots: { start: string }[] } = await (await request.get("/api/availability")).json();
  await page.goto(`/consultation/book?start=${encodeURIComponent(slots[0]!.start)}&tz=America%2FNew_York`);
  await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
}

test("a form error keeps every answer: what was typed, chosen and ticked", async ({ page, request }) => {
  await openBookingForm(page, request);
  const name = page.getByLabel("Your name");
  const email = page.getByRole("main").getByLabel("Your email");
  const brings = page.getByLabel("What brings you here?");
  const where = page.getByLabel(/Where in your body/);
  const consent = page.getByLabel(/I agree that my name/);
  await name.fill("Sam Reader");
  await email.fill("sam@");
  await brings.fill("A stiff neck every evening.");
  await where.selectOption("Lower back");
  await consent.check();
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(name).toHaveValue("Sam Reader");
  await expect(email).toHaveValue("sam@");
  await expect(brings).toHaveValue("A stiff neck every evening.");
  await expect(where).toHaveValue("Lower back");
  await expect(consent).toBeChecked();

  // A second error, another field: still nothing lost, and the unticked box stays unticked.
  await email.fill("sam@example.com");
  await consent.uncheck();
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByText("Please agree so we can hold your booking")).toBeVisible();
  await expect(page.getByText("Enter an email address like name@example.com.")).toHaveCount(0);
  await expect(where).toHaveValue("Lower back");
  await expect(email).toHaveValue("sam@example.com");
  await expect(brings).toHaveValue("A stiff neck every evening.");
  await expect(consent).not.toBeChecked();
});

test("the way back and the consent box are full-size tap targets", async ({ page, request }) => {
  await openBookingForm(page, request);
  const back = await page.getByRole("link", { name: "← Choose another time" }).boundingBox();
  expect(back!.height).toBeGreaterThanOrEqual(44);
  expect(back!.width).toBeGreaterThanOrEqual(44);
  const consent = page.getByLabel(/I agree that my name/);
  const target = await page.locator("label").filter({ has: consent }).boundingBox();
  expect(target!.height).toBeGreaterThanOrEqual(44);
  expect(target!.width).toBeGreaterThanOrEqual(44);
  // The whole label is the target: a tap on its words ticks the box.
  await page.getByText(/^I agree that my name/).click();
  await expect(consent).toBeChecked();
});

test("no day-before reminder arrives together with a confirmation", async ({ page, browser }) => {
  const email = uniqueEmail("soon");
  const name = `Kit ${Date.now().toString(36)}`;
  // A time nine to thirteen days out (the visitor journeys book the first days, the coach's the third week);
  // four days always hold a weekday with times.
  const from = new Date(Date.now() + 9 * 86_400_000).toISOString();
  const to = new Date(Date.now() + 13 * 86_400_000).toISOString();
  const { slots }: { slots: { start: string }[] } = await (await page.request.get(`/api/availability?from=${from}&to=${to}`)).json();
  const start = slots[test.info().project.name === "phone" ? 1 : 4]!.start;
  await page.goto(`/consultation/book?start=${encodeURIComponent(start)}&tz=Europe%2FBerlin`);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("main").getByLabel("Your email").fill(email);
  await page.getByLabel("What brings you here?").fill("Tight hips.");
  await page.getByLabel(/I agree that my name/).check();
  await page.getByRole("button", { name: "Book this time" }).click();
  await expect(page.getByText("You are booked in.")).toBeVisible();

  // Booked well ahead: the confirmation says a reminder comes the day before.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const confirmed = page.getByRole("article", { name: /^Your free consultation/ });
  await confirmed.getByText("Show the message").click();
  await expect(confirmed.frameLocator("iframe").getByText("A short reminder follows the day before.")).toBeVisible();

  // The coach moves it to her soonest free time (no minimum notice for her): hours away, not a day.
  const coachContext = await browser.newContext({ storageState: COACH_STATE, extraHTTPHeaders: { "x-forwarded-for": `10.78.${Math.floor(Math.random() * 250)}.9` } });
  const coach = await coachContext.newPage();
  const line = coach.getByRole("link", { name: new RegExp(` · ${name}$`) });
  for (let week = 0; week <= 3; week += 1) {
    await coach.goto(`/admin/bookings?week=${week}`);
    if ((await line.count()) > 0) break;
  }
  await line.click();
  await coach.getByRole("link", { name: "Move…" }).click();
  await expect(coach.getByRole("heading", { name: `Move the call with ${name}` })).toBeVisible();
  const choice = coach.getByLabel("New time (your zone)");
  const options = await choice.locator("option:not([disabled]):not([value=''])").evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value));
  const soonest = options[test.info().project.name === "phone" ? 0 : 1]!;
  await choice.selectOption(soonest);
  await coach.getByRole("button", { name: "Move and send the new invite" }).click();
  await expect(coach.getByText(new RegExp(`${name} has the updated invite\\.$`))).toBeVisible();
  await coachContext.close();

  // The call is now too close for a separate reminder: the moved confirmation is the reminder.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const moved = page.getByRole("article", { name: /^Moved: your free consultation/ });
  await moved.getByText("Show the message").click();
  await expect(moved.frameLocator("iframe").getByText(/moved your call/)).toBeVisible();
  await expect(moved.frameLocator("iframe").getByText("A short reminder follows the day before.")).toHaveCount(0);
  await expect(page.getByRole("article", { name: /^Tomorrow:/ })).toHaveCount(0);
});

/** The name of the list of times a day in the strip ("Tue 8 Dec") opens: "Free times on Tuesday 8 December" or "…Tuesday, December 8". */
async function timesOf(day: import("@playwright/test").Locator): Promise<RegExp> {
  const [weekday, date, month] = (await day.innerText()).trim().split(/\s+/);
  return new RegExp(`^Free times on ${weekday}\\w*,? (${date} ${month}\\w*|${month}\\w* ${date})$`);
}

test("a strip of days jumps to one day, whose times show below it, by tap or keyboard", async ({ page }) => {
  await page.goto("/consultation");
  await expect(page).toHaveURL(/tz=America%2FNew_York/);
  const days = page.getByRole("navigation", { name: "Days with free times" }).getByRole("link");
  const lists = page.getByRole("list", { name: /^Free times on/ });
  // The first day with times is chosen, and only its times are listed.
  await expect(days.first()).toHaveAttribute("aria-current", "date");
  await expect(lists).toHaveCount(1);
  await expect(lists).toHaveAccessibleName(await timesOf(days.first()));
  // A fortnight no longer runs down the page: the strip and one day fit in a phone's screen or so.
  const section = await page.getByRole("region", { name: "Choose a time" }).boundingBox();
  expect(section!.height).toBeLessThan(1000);

  // Found on a walk: a day tapped at the foot of a phone's screen left its times out of sight.
  // The strip's last row sits on the screen's bottom edge; after the tap the first time is in view.
  await days.last().evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 2));
  await days.nth(1).click();
  await expect(days.nth(1)).toHaveAttribute("aria-current", "date");
  await expect(lists).toHaveAccessibleName(await timesOf(days.nth(1)));
  await expect(lists.getByRole("link").first()).toBeInViewport();

  // By keyboard: focus stays on the strip, the times below change.
  await days.nth(2).focus();
  await page.keyboard.press("Enter");
  await expect(days.nth(2)).toHaveAttribute("aria-current", "date");
  await expect(days.nth(2)).toBeFocused();
  await expect(lists).toHaveCount(1);
  await expect(lists).toHaveAccessibleName(await timesOf(days.nth(2)));
  await expect(days.first()).not.toHaveAttribute("aria-current", "date");
  await expect(lists.getByRole("link").first()).toHaveAttribute("href", /^\/consultation\/book\?start=/);
});

test("without JavaScript, the strip of days still jumps to a day", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: "Europe/London" });
  const page = await context.newPage();
  await page.goto("/consultation");
  const days = page.getByRole("navigation", { name: "Days with free times" }).getByRole("link");
  const lists = page.getByRole("list", { name: /^Free times on/ });
  await expect(lists).toHaveCount(1);
  await expect(lists).toHaveAccessibleName(await timesOf(days.first()));
  await days.nth(2).click();
  await expect(lists).toHaveCount(1);
  await expect(lists).toHaveAccessibleName(await timesOf(days.nth(2)));
  await context.close();
});

test("the times never show in the coach's zone first and then switch to the visitor's", async ({ page }) => {
  // Hold the page's scripts back: what shows now is what a visitor sees before the browser's zone is known.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // Scripts only: the page's CSS lives beside them and must arrive.
  await page.route(/\/_next\/static\/chunks\/[^?]+\.js(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/consultation", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { name: "Choose a time" })).toBeVisible();
  await expect(page.getByText(/Central European/)).toBeHidden();
  await expect(page.getByRole("list", { name: /^Free times on/ })).toHaveCount(0);
  await expect(page.getByText("Finding the times in your time zone…")).toBeVisible();

  release();
  await expect(page.getByText(/Eastern (Standard|Daylight) Time · GMT-[45] · New York/)).toBeVisible();
  await expect(page.getByRole("list", { name: /^Free times on/ }).getByRole("link").first()).toBeVisible();
  await expect(page.getByText("Finding the times in your time zone…")).toBeHidden();
});

test.describe("a visitor whose browser speaks German", () => {
  test.use({ locale: "de-DE", timezoneId: "Europe/Berlin" });

  test("reads English words and her own 24-hour clock, switches to 12-hour, and the form keeps the clock", async ({ page }) => {
    await page.goto("/consultation");
    await expect(page).toHaveURL(/tz=Europe%2FBerlin/);
    const days = page.getByRole("navigation", { name: "Days with free times" }).getByRole("link");
    const lists = page.getByRole("list", { name: /^Free times on/ });
    // The page is English: English day names, not "Dienstag, 8. Dezember".
    await expect(days.first()).toHaveText(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s*\d{1,2}\s*[A-Z][a-z]{2}$/);
    await expect(lists).toHaveAccessibleName(/^Free times on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+$/);
    // …and her own clock habit: 24-hour, as in Germany.
    await expect(lists.getByRole("link").first()).toHaveText(/^\d{2}:\d{2}$/);
    const clock = page.getByRole("group", { name: "Clock" });
    await expect(clock.getByRole("link", { name: "24-hour" })).toHaveAttribute("aria-current", "true");

    await clock.getByRole("link", { name: "12-hour" }).click();
    await expect(clock.getByRole("link", { name: "12-hour" })).toHaveAttribute("aria-current", "true");
    await expect(lists.getByRole("link").first()).toHaveText(/^\d{1,2}:\d{2}\s?(am|pm)$/i);

    // The choice is remembered, and the form shows the chosen time the same way.
    await page.reload();
    await expect(lists.getByRole("link").first()).toHaveText(/^\d{1,2}:\d{2}\s?(am|pm)$/i);
    await lists.getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Almost there" })).toBeVisible();
    const when = /^(Monday|Tuesday|Wednesday|Thursday|Friday),? \d{1,2} [A-Z][a-z]+ \d{4}, \d{1,2}:\d{2}\s?(am|pm)–\d{1,2}:\d{2}\s?(am|pm)$/i;
    await expect(page.getByText(when)).toBeVisible();

    // Booked: the confirmation email reads the time the way the page did, words and clock
    // (issue 29, item 14; it used to say "09:30–10:00" whatever the page showed).
    const email = uniqueEmail("clock");
    await page.getByLabel("Your name").fill("Greta Clock");
    await page.getByRole("main").getByLabel("Your email").fill(email);
    await page.getByLabel("What brings you here?").fill("A stiff neck.");
    await page.getByLabel(/I agree that my name/).check();
    await page.getByRole("button", { name: "Book this time" }).click();
    await expect(page.getByText("You are booked in.")).toBeVisible();
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    const confirmed = page.getByRole("article", { name: /^Your free consultation/ });
    await confirmed.getByText("Show the message").click();
    // (The preheader, hidden in the mail, carries it too: look at what the reader sees.)
    await expect(confirmed.frameLocator("iframe").getByText(/\d{1,2}:\d{2}\s?(am|pm)–\d{1,2}:\d{2}\s?(am|pm)/i).filter({ visible: true }).first()).toBeVisible();
  });

  test("without JavaScript, the clock links still switch between 12 and 24 hours", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", timezoneId: "Europe/Berlin" });
    const page = await context.newPage();
    await page.goto("/consultation?tz=Europe%2FBerlin");
    const lists = page.getByRole("list", { name: /^Free times on/ });
    await expect(lists).toHaveAccessibleName(/^Free times on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) /);
    await page.getByRole("group", { name: "Clock" }).getByRole("link", { name: "12-hour" }).click();
    await expect(page).toHaveURL(/clock=h12/);
    await expect(lists.getByRole("link").first()).toHaveText(/^\d{1,2}:\d{2}\s?(am|pm)$/i);
    await expect(lists.getByRole("link").first()).toHaveAttribute("href", /clock=h12/);
    await context.close();
  });
});
