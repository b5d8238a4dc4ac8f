import { expect, test } from "./fixtures";
import { stepIntoCourse } from "./support/checkout";
import { COACH_STATE } from "./support/accounts";
import { latestLink, signInWithEmail, uniqueEmail } from "./support/mailbox";

const COURSE = "/courses/healing-emotions";

test.describe("the paid course", () => {
  test("a guest buys through the local checkout, lands in the course signed in, learns, and loses access after a refund", async ({ page, browser }) => {
    // A whole journey, with the coach and a second browser: longer than one page's worth of time.
    test.setTimeout(90_000);
    const email = uniqueEmail("buyer");

    await page.goto(COURSE);
    await expect(page.getByRole("heading", { level: 1, name: /Healing \(e\)Motions/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "If you are in crisis" })).toBeVisible();
    await page.getByRole("button", { name: "Buy the course, $149" }).first().click();

    await expect(page).toHaveURL(/\/checkout\/local\/cs_local_/);
    const sessionId = /cs_local_[\w-]+/.exec(page.url())![0];
    await expect(page.getByText("Test payment: no money moves")).toBeVisible();
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByRole("button", { name: "Pay (test)" }).click();

    // Bought means in: the browser that paid is signed in, told it worked and where the receipt went, and steps into the first lesson.
    await stepIntoCourse(page, email);
    // The paying browser holds the course, not the account: that waits for the address to be proven.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount&reason=prove/);
    await expect(page.getByRole("heading", { name: "Confirm your email" })).toBeVisible();

    // The success link copied into another browser shows the purchase, never the buyer's address,
    // and signs nobody in, even through the entry route itself.
    const stranger = await browser.newContext();
    const copied = await stranger.newPage();
    await copied.goto(`/checkout/success?session_id=${sessionId}`);
    await expect(copied.getByRole("heading", { name: "You're in" })).toBeVisible();
    await expect(copied.getByText("A receipt is on its way to your inbox.")).toBeVisible();
    await expect(copied.getByText(email)).toHaveCount(0);
    await copied.goto(`/checkout/enter?session_id=${sessionId}`);
    await expect(copied).toHaveURL(/\/checkout\/success\?session_id=/);
    await copied.goto("/account");
    await expect(copied).toHaveURL(/\/sign-in\?next=%2Faccount/);

    // Elsewhere, the receipt's button signs the buyer in and opens the course.
    const link = await latestLink(copied, email, /Your receipt and access/);
    await copied.goto(link);
    await expect(copied).toHaveURL(/\/learn\/healing-emotions\/welcome$/);
    await stranger.close();

    // Proving the address ends the paying browser's course session (decision 0022): it signs in by link too.
    await page.goto("/learn/healing-emotions/finding-your-window");
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await signInWithEmail(page, email, "/learn/healing-emotions/finding-your-window");

    // The first full lesson asks for the safety acknowledgement once.
    await page.goto("/learn/healing-emotions/finding-your-window");
    await expect(page.getByRole("heading", { name: "Before you start: please read this once" })).toBeVisible();
    await expect(page.getByText("Your window of tolerance")).toHaveCount(0);
    await page.getByLabel(/I have read this/).check();
    await page.getByRole("button", { name: "Continue to the lesson" }).click();
    await expect(page.getByRole("heading", { name: "Your window of tolerance" })).toBeVisible();

    // "Complete and continue" is the lesson's main action: it opens the next lesson.
    await expect(page.getByText("Free preview")).toHaveCount(0);
    await page.getByRole("button", { name: "Complete and continue" }).click();
    await expect(page).not.toHaveURL(/finding-your-window$/);
    await expect(page.getByText("1 of 10 lessons complete")).toBeVisible();
    await page.goto("/learn/healing-emotions/finding-your-window");
    await expect(page.getByText("You completed this lesson")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Continue: / })).toBeVisible();

    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Your courses" })).toBeVisible();
    await expect(page.getByText("1 of 10 lessons complete")).toBeVisible();
    await expect(page.getByRole("link", { name: /Continue where you left off/ })).toBeVisible();

    // The sales page now offers the course instead of a second purchase.
    await page.goto(COURSE);
    await expect(page.getByRole("link", { name: "Continue the course" }).first()).toBeVisible();

    // The coach refunds; access ends through the webhook.
    const coach = await browser.newContext({ storageState: COACH_STATE });
    const admin = await coach.newPage();
    await admin.goto("/admin/orders?status=paid");
    const row = admin.getByRole("row").filter({ hasText: email });
    await row.getByText("Refund", { exact: true }).click();
    await row.getByRole("button", { name: `Refund ${email}` }).click();
    await expect(admin.getByText(/Refund sent/)).toBeVisible();
    await admin.goto("/admin/orders?status=refunded");
    await expect(admin.getByRole("row").filter({ hasText: email })).toContainText("Refunded");
    await coach.close();

    await page.goto("/learn/healing-emotions/finding-your-window");
    await expect(page.getByText("Your access to this course has ended")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your window of tolerance" })).toHaveCount(0);
  });

  test("a buyer completes and continues from the first lesson to the finish screen", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(COURSE);
    await page.getByRole("button", { name: "Buy the course, $149" }).first().click();
    const email = uniqueEmail("finisher");
    await page.getByLabel("Email for the receipt").fill(email);
    await page.getByRole("button", { name: "Pay (test)" }).click();
    await stepIntoCourse(page);

    // Ten lessons, one main button each; the first full lesson asks for the safety note once.
    let practisedInPlace = false;
    for (let lesson = 1; lesson <= 10; lesson += 1) {
      const safety = page.getByLabel(/I have read this/);
      const next = page.getByRole("button", { name: lesson < 10 ? "Complete and continue" : "Complete the course" });
      await expect(safety.or(next)).toBeVisible();
      if (await safety.isVisible()) {
        await safety.check();
        await page.getByRole("button", { name: "Continue to the lesson" }).click();
      }
      // The warm-up lesson carries the tennis-ball routine; its player opens right in the lesson.
      const routine = page.getByRole("complementary", { name: "Routine: Tennis-ball foot release" });
      await expect(next).toBeVisible();
      if (await routine.isVisible()) {
        await routine.getByRole("button", { name: "Start with the timer" }).click();
        await expect(page.getByRole("dialog", { name: /Guided routine/ })).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog", { name: /Guided routine/ })).toHaveCount(0);
        practisedInPlace = true;
      }
      await next.click();
      if (lesson < 10) await expect(page.getByText(`${lesson} of 10 lessons complete`)).toBeVisible();
    }
    expect(practisedInPlace, "a lesson with the routine player in it").toBe(true);
    await expect(page).toHaveURL(/\/learn\/healing-emotions\/finished$/);
    await expect(page.getByRole("heading", { level: 1, name: /You finished Healing \(e\)Motions/ })).toBeVisible();
    await expect(page.getByText("All 10 lessons, done.")).toBeVisible();

    // The certificate: a name, a PDF to keep, and a page anyone can use to check it.
    const certificate = page.getByRole("region", { name: "Your certificate" });
    await certificate.getByLabel("Your name, as it should appear").fill("");
    await certificate.getByRole("button", { name: "Create my certificate" }).click();
    await expect(certificate.getByText("Write the name to put on your certificate.")).toBeVisible();
    await certificate.getByLabel("Your name, as it should appear").fill("Robin Finisher");
    await certificate.getByRole("button", { name: "Create my certificate" }).click();
    await expect(certificate.getByText("Made out to Robin Finisher.")).toBeVisible();
    const pdfResponse = await page.request.get("/learn/healing-emotions/certificate.pdf");
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    expect((await pdfResponse.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await certificate.getByRole("link", { name: "Its public page" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Robin Finisher");
    await expect(page.getByText("Healing (e)Motions", { exact: false })).toBeVisible();
    // Someone else's browser sees the same confirmation, and no PDF.
    const stranger = await page.context().browser()!.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(page.url());
    await expect(strangerPage.getByRole("heading", { level: 1 })).toHaveText("Robin Finisher");
    expect((await strangerPage.request.get("/learn/healing-emotions/certificate.pdf", { maxRedirects: 0 })).status()).not.toBe(200);
    await stranger.close();

    // Back on their account, a finished course offers the certificate, not "continue" with the last lesson.
    await page.goto(await latestLink(page, email, /Your receipt and access/));
    await page.goto("/account");
    await expect(page.getByText(/Continue where you left off/)).toHaveCount(0);
    await page.getByRole("link", { name: "You finished: your certificate" }).click();
    await expect(page).toHaveURL(/\/learn\/healing-emotions\/finished$/);
  });

  test("preview lessons are open to everyone; full lessons send visitors to sign in", async ({ page }) => {
    await page.goto("/learn/healing-emotions/welcome");
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, and how to use this course" })).toBeVisible();
    await page.goto("/learn/healing-emotions/finding-your-window");
    await expect(page).toHaveURL(/\/sign-in\?next=/);
  });

  test("a failed test payment grants nothing and says so", async ({ page }) => {
    await page.goto(COURSE);
    await page.getByRole("button", { name: "Buy the course, $149" }).first().click();
    await page.getByLabel("Email for the receipt").fill(uniqueEmail("declined"));
    await page.getByRole("button", { name: "Fail the payment" }).click();
    await expect(page.getByRole("heading", { name: "The payment did not go through" })).toBeVisible();
  });
});
