import { describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/db/testing/test-database";
import { postgresStorage } from "@/lib/platform/storage/postgres-storage";
import { listTestimonialsFor } from "./queries";
import { PHOTO_ALT_MISSING, testimonialInputSchema } from "./schema";
import { createTestimonialService } from "./service";

const database = freshTestDatabase();
const service = () => createTestimonialService({ db: database().db, files: postgresStorage(database().db) });
const input = (overrides: Record<string, unknown> = {}) => testimonialInputSchema.parse({ quote: "My back thanks you.", name: "Sam K.", places: ["home"], ...overrides });

let photos = 0;
const photo = () => {
  photos += 1;
  return { key: `testimonials/00000000-0000-4000-8000-${String(photos).padStart(12, "0")}.png`, contentType: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, photos]) };
};

describe("testimonials", () => {
  it("reads what the coach typed: one or more places, a quote, a name", () => {
    expect(testimonialInputSchema.safeParse({ quote: " ", name: "", places: [] }).error?.issues.map((issue) => issue.message)).toEqual([
      "Write what they said.",
      "Add their name, or first name and initial.",
      "Choose at least one page to show it on.",
    ]);
    expect(testimonialInputSchema.safeParse({ quote: "Yes", name: "Sam", places: "footer" }).success).toBe(false);
    expect(input({ places: "course" }).places).toEqual(["course"]);
  });

  it("shows each on the pages chosen, in the coach's order", async () => {
    const { db } = database();
    await service().save(null, input({ name: "Second", position: 2, places: ["home", "course"] }));
    await service().save(null, input({ name: "First", position: 1, places: ["home"] }));
    expect((await listTestimonialsFor(db, "home")).map((row) => row.name)).toEqual(["First", "Second"]);
    expect((await listTestimonialsFor(db, "course")).map((row) => row.name)).toEqual(["Second"]);
    expect(await listTestimonialsFor(db, "consultation")).toEqual([]);
  });

  it("needs a description with a photo, stores nothing without one, and cleans up replaced and deleted photos", async () => {
    const files = postgresStorage(database().db);
    const first = photo();
    expect(await service().save(null, input(), first)).toEqual({ ok: false, errors: { photoAlt: PHOTO_ALT_MISSING } });
    expect(await files.get(first.key)).toBeNull();

    const saved = await service().save(null, input({ photoAlt: "Sam outdoors" }), first);
    if (!saved?.ok) throw new Error("setup failed");
    const covers = Array.from({ length: 8 }, () => photo());
    await Promise.all(covers.map((cover) => service().save(saved.id, input({ photoAlt: "Sam outdoors" }), cover)));
    const shown = (await service().find(saved.id))!.photoKey;
    const left = await Promise.all([first, ...covers].map(async (cover) => ((await files.get(cover.key)) ? cover.key : null)));
    expect(left.filter(Boolean)).toEqual([shown]);

    expect(await service().remove(saved.id)).toBe(true);
    expect(await files.get(shown!)).toBeNull();
    expect(await service().save(saved.id, input(), photo())).toBeNull();
  });
});
