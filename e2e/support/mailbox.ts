import { expect, type Page } from "@playwright/test";

/**
 * Reads mail the way a person would: from the local mailbox page the app serves in development
 * and e2e builds. Returns the newest link in the newest message to `to` whose subject matches.
 */
export async function latestLink(page: Page, to: string, subject: RegExp, linkPattern = /\/api\/auth\/callback\/email/): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    const message = page.getByRole("article", { name: subject }).first();
    await expect(message).toBeVisible({ timeout: 1000 });
    const hrefs = await message.getByRole("list", { name: "Links in this message" }).getByRole("link").evaluateAll((anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
    );
    link = hrefs.find((href) => linkPattern.test(href));
    expect(link, `a link matching ${linkPattern} in the mail to ${to}`).toBeTruthy();
  }).toPass({ timeout: 15_000 });
  return link!;
}

/** Every link matching `linkPattern` in the mail to `to` whose subject matches, newest first. */
export async function allLinks(page: Page, to: string, subject: RegExp, count: number, linkPattern = /\/api\/auth\/callback\/email/): Promise<string[]> {
  let links: string[] = [];
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    const messages = page.getByRole("article", { name: subject });
    expect(await messages.count()).toBeGreaterThanOrEqual(count);
    links = [];
    for (const message of await messages.all()) {
      const hrefs = await message.getByRole("list", { name: "Links in this message" }).getByRole("link").evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      links.push(...hrefs.filter((href) => linkPattern.test(href)));
    }
    expect(links.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 15_000 });
  return links;
}

/** Asks for a sign-in link through the form, without following it. */
export async function requestLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Signs in through the real magic-link flow and returns the link that was used. */
export async function signInWithEmail(page: Page, email: string, next?: string): Promise<string> {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  await page.getByLabel("Your email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = await latestLink(page, email, /sign-in link/);
  await page.goto(link);
  return link;
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}
