import { expect, test } from "./fixtures";
import { COACH_STATE } from "./support/accounts";
import { mp4Bytes, noisyPng, smallPng } from "./support/pictures";

test.use({ storageState: COACH_STATE });

test.describe("the coach's routine editor", () => {
  test("a new routine is private as a draft and public the moment it is published", async ({ page, browser }) => {
    const unique = `${test.info().project.name}-${Date.now().toString(36)}`;
    const title = `Shoulder drop ${unique}`;
    const slug = `shoulder-drop-${unique}`;

    await page.goto("/admin/routines/new");
    await page.getByLabel("Title").fill(title);
    await expect(page.getByLabel("Address (slug)")).toHaveValue(slug);
    await page.getByLabel("Summary").fill("Let your shoulders fall away from your ears.");
    await page.getByLabel("Shoulders").check();
    await page.getByLabel("What to do").fill("Lift both shoulders up to your ears, then let them drop.");
    await page.getByRole("button", { name: "Add a step" }).click();
    await page.locator("#step-1-instruction").fill("Breathe out slowly and let your arms hang.");
    await page.locator("#step-1-amount").fill("20");
    await page.getByLabel("Why it works").fill("Tension **lets go** when it is first exaggerated.");
    await page.getByRole("button", { name: "Preview why it works" }).click();
    await expect(page.getByRole("region", { name: "Why it works: preview" }).locator("strong")).toHaveText("lets go");
    await page.getByRole("button", { name: "Create routine" }).click();
    await expect(page.getByText("Created.")).toBeVisible();

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    const draftResponse = await visitorPage.goto(`/routines/${slug}`);
    expect(draftResponse?.status(), "a draft is not public").toBe(404);

    await page.getByLabel("Published (everyone)").check();
    await page.getByRole("button", { name: "Save routine" }).click();
    await expect(page.getByText("Saved. The public page shows it now.")).toBeVisible();

    const published = await visitorPage.goto(`/routines/${slug}`);
    expect(published?.status()).toBe(200);
    await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitorPage.getByText("Breathe out slowly and let your arms hang.")).toBeVisible();
    await visitorPage.goto("/routines?area=shoulders");
    await expect(visitorPage.getByRole("link", { name: title })).toBeVisible();
    await visitor.close();
  });

  test.describe("refusals", () => {
    test.use({ expectedConsoleError: /status of 404/ });

    test("bad steps, a taken slug and a file that is not a picture are refused with clear messages", async ({ page }) => {
      await page.goto("/admin/routines/new");
      await page.getByLabel("Title").fill("Another foot release");
      await page.getByLabel("Address (slug)").fill("tennis-ball-foot-release");
      await page.getByLabel("Summary").fill("Same address as the seeded one.");
      await page.getByLabel("Feet").check();
      await page.getByLabel("What to do").fill("Roll.");
      await page.locator("#step-0-amount").fill("0");
      await page.getByLabel("Cover picture (optional)").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("<script>alert(1)</script>") });
      await page.getByRole("button", { name: "Create routine" }).click();

      await expect(page.getByText(/Nothing was saved/)).toBeVisible();
      await expect(page.getByText("Seconds must be more than zero.")).toBeVisible();
      await expect(page.getByText("Upload a PNG, JPEG, WebP or GIF picture.")).toBeVisible();

      await page.locator("#step-0-amount").fill("10");
      await page.getByLabel("Cover picture (optional)").setInputFiles([]);
      await page.getByRole("button", { name: "Create routine" }).click();
      await expect(page.getByText("Another routine already uses this address. Choose a different slug.")).toBeVisible();
      await expect(page).toHaveURL(/\/admin\/routines\/new$/);
    });
  });

  test("a cover over 1 MB and a picture and a video for steps, each described, show on the public page, resized", async ({ page, browser }) => {
    const unique = Date.now().toString(36);
    const title = `Pictured release ${unique}`;
    const cover = await noisyPng(820);
    expect(cover.byteLength, "bigger than the 1 MB a server action takes by default").toBeGreaterThan(1024 * 1024);

    await page.goto("/admin/routines/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Summary").fill("A routine with pictures.");
    await page.getByLabel("Feet").check();
    await page.getByLabel("What to do").fill("Roll the ball under your foot.");
    await page.getByRole("button", { name: "Add a step" }).click();
    await page.locator("#step-1-instruction").fill("Let the foot rest.");
    await page.getByLabel("Cover picture (optional)").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: cover });
    await page.locator("#step-0-media").setInputFiles({ name: "step.png", mimeType: "image/png", buffer: await smallPng() });
    await page.locator("#step-1-media").setInputFiles({ name: "loop.mp4", mimeType: "video/mp4", buffer: mp4Bytes() });
    await page.locator("#step-1-media-alt").fill("A foot resting flat on the floor.");
    await page.getByLabel("Published (everyone)").check();
    await page.getByRole("button", { name: "Create routine" }).click();

    // Pictures without words are refused, all at once, and nothing is saved.
    await expect(page.getByText(/Nothing was saved/)).toBeVisible();
    await expect(page.getByText("Describe what the picture shows, for people who cannot see it.")).toHaveCount(2);
    await expect(page).toHaveURL(/\/admin\/routines\/new$/);

    await page.getByLabel("What the cover shows").fill("Random colours, as a test cover.");
    await page.locator("#step-0-media-alt").fill("A tennis ball under the arch of a foot.");
    // The browser keeps the chosen files across the refusal; choose them again to be sure of it.
    await page.getByLabel("Cover picture (optional)").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: cover });
    await page.locator("#step-0-media").setInputFiles({ name: "step.png", mimeType: "image/png", buffer: await smallPng() });
    await page.locator("#step-1-media").setInputFiles({ name: "loop.mp4", mimeType: "video/mp4", buffer: mp4Bytes() });
    await page.getByRole("button", { name: "Create routine" }).click();
    await expect(page.getByText("Created.")).toBeVisible();

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/routines/pictured-release-${unique}`);
    const coverImage = visitorPage.getByRole("img", { name: "Random colours, as a test cover." });
    await expect(coverImage).toBeVisible();
    // Served through the image optimizer: a set of widths, WebP for a browser that takes it.
    expect(await coverImage.getAttribute("srcset")).toMatch(/\/_next\/image\?url=%2Fuploads%2Froutines%2F.*640w/);
    const optimized = await visitorPage.request.get(new URL((await coverImage.getAttribute("src"))!, visitorPage.url()).toString(), { headers: { accept: "image/webp,*/*" } });
    expect(optimized.headers()["content-type"]).toBe("image/webp");
    expect((await optimized.body()).byteLength).toBeLessThan(cover.byteLength / 4);
    await expect(visitorPage.getByRole("img", { name: "A tennis ball under the arch of a foot." })).toBeVisible();

    // The step video is served in ranges, as phones ask for it.
    const video = visitorPage.locator("video[aria-label='A foot resting flat on the floor.']");
    expect(await video.evaluate((element: HTMLVideoElement) => element.muted && element.loop && element.playsInline)).toBe(true);
    const videoUrl = new URL((await video.getAttribute("src"))!, visitorPage.url()).toString();
    const range = await visitorPage.request.get(videoUrl, { headers: { range: "bytes=0-99" } });
    expect(range.status()).toBe(206);
    expect(range.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
    expect((await range.body()).byteLength).toBe(100);
    await visitor.close();
  });

  // Issue 29, item 17: failed on the build before the change (the refused save emptied the file
  // field, and the next save said "Saved" without the picture).
  test("a chosen step picture is previewed, survives a refused save, and stays through the saves after", async ({ page, browser }) => {
    const unique = `${test.info().project.name}-${Date.now().toString(36)}`;
    await page.goto("/admin/routines/new");
    await page.getByLabel("Title").fill(`Kept picture ${unique}`);
    await page.getByLabel("Summary").fill("A routine whose picture must not get lost.");
    await page.getByLabel("Feet").check();
    await page.getByLabel("What to do").fill("Roll the ball under your foot.");
    await page.getByLabel("Published (everyone)").check();
    await page.getByRole("button", { name: "Create routine" }).click();
    await expect(page.getByText("Created.")).toBeVisible();

    await page.locator("#step-0-media").setInputFiles({ name: "arch.png", mimeType: "image/png", buffer: await smallPng("#6b8f71") });
    await expect(page.getByRole("img", { name: "New file for step 1" })).toBeVisible();
    await expect(page.getByText("arch.png")).toBeVisible();
    await page.getByRole("button", { name: "Save routine" }).click();
    await expect(page.getByText(/Nothing was saved/)).toBeVisible();
    await expect(page.getByText("Describe what the picture shows, for people who cannot see it.")).toBeVisible();
    // Still chosen: the preview, and the file in the field.
    await expect(page.getByRole("img", { name: "New file for step 1" })).toBeVisible();
    expect(await page.locator("#step-0-media").evaluate((input: HTMLInputElement) => input.files?.length)).toBe(1);

    await page.locator("#step-0-media-alt").fill("A ball under the arch of a foot.");
    await page.getByRole("button", { name: "Save routine" }).click();
    await expect(page.getByText("Saved. The public page shows it now.")).toBeVisible();
    await expect(page.getByRole("img", { name: "Current picture" })).toBeVisible();
    await expect(page.getByRole("img", { name: "New file for step 1" })).toHaveCount(0);

    // A later save of something else keeps it.
    await page.getByLabel("Summary").fill("A routine whose picture stayed.");
    await page.getByRole("button", { name: "Save routine" }).click();
    await expect(page.getByText("Saved. The public page shows it now.")).toBeVisible();
    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(`/routines/kept-picture-${unique}`);
    await expect(visitorPage.getByText("A routine whose picture stayed.")).toBeVisible();
    await expect(visitorPage.getByRole("img", { name: "A ball under the arch of a foot." })).toBeVisible();
    await visitor.close();
  });

  test("duplicate, unpublish and delete from the list", async ({ page }) => {
    await page.goto("/admin/routines");
    await page.getByRole("button", { name: "Duplicate Soften your jaw" }).click();
    await expect(page.getByText("This is a draft copy.")).toBeVisible();
    const copyTitle = await page.getByRole("heading", { level: 1 }).textContent();
    expect(copyTitle).toMatch(/^Soften your jaw \(copy\)/);

    await page.goto("/admin/routines");
    await page.getByRole("button", { name: `Publish ${copyTitle}` }).first().click();
    await expect(page.getByRole("button", { name: `Unpublish ${copyTitle}` }).first()).toBeVisible();

    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: copyTitle!, exact: true }) }).first();
    await row.getByText("Delete…").click();
    await row.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.getByText("The routine was deleted.")).toBeVisible();
  });
});
