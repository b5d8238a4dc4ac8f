import { describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/db/testing/test-database";
import { postgresStorage } from "@/lib/platform/storage/postgres-storage";
import { coachProfileInputSchema, PORTRAIT_ALT_MISSING } from "./schema";
import { createSiteService } from "./service";

const database = freshTestDatabase();

const profile = (overrides: Record<string, unknown> = {}) =>
  coachProfileInputSchema.parse({
    name: "Mira Holloway",
    headline: "Movement coach",
    shortBio: "Short.",
    longBio: "Long.",
    timezone: "Europe/Berlin",
    contactEmail: "coach@example.com",
    ...overrides,
  });

let count = 0;
const portrait = () => {
  count += 1;
  return { key: `portraits/00000000-0000-4000-8000-${String(count).padStart(12, "0")}.png`, contentType: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, count]) };
};

describe("the coach's portrait", () => {
  it("needs words for people who cannot see it, and stores nothing without them", async () => {
    const { db } = database();
    const files = postgresStorage(db);
    const site = createSiteService(db, files);
    const first = portrait();
    expect(await site.saveProfile(profile(), first)).toEqual({ ok: false, errors: { portraitAlt: PORTRAIT_ALT_MISSING } });
    expect(await files.get(first.key)).toBeNull();
  });

  it("replaces the old bytes, keeps the portrait on a save without one, and removes it on request", async () => {
    const { db } = database();
    const files = postgresStorage(db);
    const site = createSiteService(db, files);
    const [first, second] = [portrait(), portrait()];
    expect(await site.saveProfile(profile({ portraitAlt: "Mira on a bench" }), first)).toEqual({ ok: true });
    expect((await site.profile())?.portraitKey).toBe(first.key);

    expect(await site.saveProfile(profile({ portraitAlt: "Mira on a bench", headline: "New" }))).toEqual({ ok: true });
    expect(await site.profile()).toMatchObject({ portraitKey: first.key, headline: "New" });

    expect(await site.saveProfile(profile({ portraitAlt: "Mira in the garden" }), second)).toEqual({ ok: true });
    expect(await files.get(first.key)).toBeNull();
    expect(await site.profile()).toMatchObject({ portraitKey: second.key, portraitAlt: "Mira in the garden" });

    expect(await site.saveProfile(profile({ removePortrait: "on" }))).toEqual({ ok: true });
    expect(await site.profile()).toMatchObject({ portraitKey: null, portraitAlt: null });
    expect(await files.get(second.key)).toBeNull();
  });
});
