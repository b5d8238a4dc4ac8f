import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { routineSteps, routines } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed";
import { freshTestDatabase } from "@/db/testing/test-database";
import { findRoutineWithSteps, listPublishedRoutinesWithSteps } from "./queries";
import { routineInputSchema, type RoutineDraft, type RoutineInput } from "./schema";
import { createRoutineService } from "./service";
import { postgresStorage } from "@/lib/platform/storage/postgres-storage";
import type { ImageUpload } from "@/lib/platform/storage/image-upload";

const database = freshTestDatabase();
const now = new Date("2026-11-25T10:00:00Z");
const files = () => postgresStorage(database().db);
const service = () => createRoutineService({ db: database().db, files: files(), now: () => now });
let pictures = 0;
/** A tiny PNG under a fresh key, as the editor's picture field hands it over. */
const picture = (): ImageUpload => {
  pictures += 1;
  return {
    key: `routines/00000000-0000-4000-8000-${String(pictures).padStart(12, "0")}.png`,
    contentType: "image/png",
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, pictures]),
  };
};

const input = (overrides: Partial<RoutineDraft> = {}): RoutineInput =>
  routineInputSchema.parse({
  slug: "shoulder-drop",
  title: "Shoulder drop",
  summary: "Let your shoulders fall away from your ears.",
  bodyAreas: ["shoulders", "neck"],
  equipment: [],
  difficulty: "gentle",
  whyItWorks: "Because **gravity** helps.",
  cautions: "- Go slowly.",
  status: "draft",
  steps: [
    { instruction: "Lift your shoulders.", durationSeconds: null, repetitions: 5, side: "both" },
    { instruction: "Let them fall.", durationSeconds: 10, repetitions: null, side: "both" },
  ],
  ...overrides,
  });

describe("the routine editor service", () => {
  it("creates a draft that is not public, then publishes it", async () => {
    await seedDatabase(database().db, now);
    const created = await service().create(input());
    expect(created).toMatchObject({ ok: true, slug: "shoulder-drop" });
    if (!created.ok) return;
    expect((await listPublishedRoutinesWithSteps(database().db)).map((routine) => routine.slug)).not.toContain("shoulder-drop");

    expect(await service().setStatus(created.id, "published")).toEqual({ slug: "shoulder-drop" });
    const published = await listPublishedRoutinesWithSteps(database().db);
    const routine = published.find((row) => row.slug === "shoulder-drop");
    expect(routine?.publishedAt).toEqual(now);
    expect(routine?.steps.map((step) => step.instruction)).toEqual(["Lift your shoulders.", "Let them fall."]);
  });

  it("refuses a slug another routine uses, and writes nothing", async () => {
    const { db } = database();
    const [before] = await db.select({ n: count() }).from(routines);
    const result = await service().create(input({ slug: "tennis-ball-foot-release" }));
    expect(result).toEqual({ ok: false, errors: { slug: "Another routine already uses this address. Choose a different slug." } });
    const [after] = await db.select({ n: count() }).from(routines);
    expect(after?.n).toBe(before?.n);
  });

  it("replaces steps in order on update, all or nothing", async () => {
    const { db } = database();
    const created = await service().create(input({ slug: "update-me" }));
    if (!created.ok) throw new Error("setup failed");
    const updated = await service().update(created.id, input({
      slug: "updated",
      steps: [
        { instruction: "Three.", durationSeconds: 3, repetitions: null, side: "left", spokenCue: "Three, softly." },
        { instruction: "One.", durationSeconds: 1, repetitions: null, side: "right" },
      ],
    }));
    expect(updated).toMatchObject({ ok: true, slug: "updated", previousSlug: "update-me" });
    const stored = await findRoutineWithSteps(db, created.id);
    expect(stored?.steps.map((step) => [step.position, step.instruction, step.side, step.spokenCue])).toEqual([
      [0, "Three.", "left", "Three, softly."],
      [1, "One.", "right", null],
    ]);

    // A slug clash on update leaves the old steps in place.
    const clash = await service().update(created.id, input({ slug: "soften-your-jaw", steps: [{ instruction: "New", durationSeconds: 5, repetitions: null, side: "both" }] }));
    expect(clash).toMatchObject({ ok: false });
    expect((await findRoutineWithSteps(db, created.id))?.steps).toHaveLength(2);
  });

  it("duplicates as a draft with a free slug and the same steps", async () => {
    const { db } = database();
    const [original] = await db.select().from(routines).where(eq(routines.slug, "slow-neck-release"));
    const first = await service().duplicate(original!.id);
    const second = await service().duplicate(original!.id);
    expect(first?.slug).toBe("slow-neck-release-copy");
    expect(second?.slug).toBe("slow-neck-release-copy-2");
    const copy = await findRoutineWithSteps(db, first!.id);
    expect(copy?.status).toBe("draft");
    expect(copy?.title).toBe("Slow neck release (copy)");
    const originalSteps = await db.select({ n: count() }).from(routineSteps).where(eq(routineSteps.routineId, original!.id));
    expect(copy?.steps).toHaveLength(originalSteps[0]!.n);
  });

  it("deletes a routine with its steps", async () => {
    const { db } = database();
    const created = await service().create(input({ slug: "delete-me" }));
    if (!created.ok) throw new Error("setup failed");
    expect(await service().remove(created.id)).toEqual({ slug: "delete-me", imageKey: null, stepMediaKeys: [] });
    expect(await findRoutineWithSteps(db, created.id)).toBeNull();
    expect(await db.$count(routineSteps, eq(routineSteps.routineId, created.id))).toBe(0);
    expect(await service().remove(created.id)).toBeNull();
  });

  it("keeps a routine's picture in the database and removes the old bytes when it is replaced or the routine deleted", async () => {
    const first = picture();
    const described = { slug: "with-picture", imageAlt: "Two tennis balls under bare feet" };
    const created = await service().create(input(described), first);
    if (!created.ok) throw new Error("setup failed");
    const stored = await files().get(first.key);
    expect(stored).toMatchObject({ contentType: "image/png", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect([...stored!.bytes]).toEqual([...first.bytes]);

    // A save without a new picture keeps the old one.
    expect(await service().update(created.id, input({ ...described, title: "Renamed" }))).toMatchObject({ ok: true });
    expect(await files().get(first.key)).not.toBeNull();

    const second = picture();
    expect(await service().update(created.id, input(described), second)).toMatchObject({ ok: true });
    expect(await files().get(first.key)).toBeNull();
    expect((await findRoutineWithSteps(database().db, created.id))?.imageKey).toBe(second.key);

    // A duplicate shows the same picture: deleting the original keeps its bytes until the copy goes too.
    const copy = await service().duplicate(created.id);
    await service().remove(created.id);
    expect(await files().get(second.key)).not.toBeNull();
    await service().remove(copy!.id);
    expect(await files().get(second.key)).toBeNull();
  });

  it("stores nothing when a save with a picture is refused", async () => {
    const taken = await service().create(input({ slug: "taken-slug" }));
    if (!taken.ok) throw new Error("setup failed");
    const other = await service().create(input({ slug: "other-slug" }));
    if (!other.ok) throw new Error("setup failed");

    const refusedNew = picture();
    expect(await service().create(input({ slug: "taken-slug", imageAlt: "A wall" }), refusedNew)).toMatchObject({ ok: false });
    expect(await files().get(refusedNew.key)).toBeNull();

    const refusedEdit = picture();
    expect(await service().update(other.id, input({ slug: "taken-slug", imageAlt: "A wall" }), refusedEdit)).toMatchObject({ ok: false });
    expect(await files().get(refusedEdit.key)).toBeNull();
    expect(await service().update("00000000-0000-4000-8000-000000000000", input({ slug: "gone" }), picture())).toBeNull();
  });

  it("refuses a picture or a step video without a description, storing nothing", async () => {
    const cover = picture();
    expect(await service().create(input({ slug: "undescribed" }), cover)).toEqual({
      ok: false,
      errors: { imageAlt: "Describe what the picture shows, for people who cannot see it." },
    });
    expect(await files().get(cover.key)).toBeNull();
    const stepPicture = picture();
    expect(await service().create(input({ slug: "undescribed" }), null, [null, stepPicture])).toEqual({
      ok: false,
      errors: { "steps.1.mediaAlt": "Describe what the picture shows, for people who cannot see it." },
    });
    expect(await files().get(stepPicture.key)).toBeNull();
  });

  it("keeps each step's picture across saves and moves, and removes the bytes of one taken away", async () => {
    const [lift, fall] = [picture(), picture()];
    const steps = [
      { instruction: "Lift your shoulders.", durationSeconds: null, repetitions: 5, side: "both" as const, mediaAlt: "Shoulders lifted to the ears" },
      { instruction: "Let them fall.", durationSeconds: 10, repetitions: null, side: "both" as const, mediaAlt: "Shoulders dropped" },
    ];
    const created = await service().create(input({ slug: "step-pictures", steps }), null, [lift, fall]);
    if (!created.ok) throw new Error(JSON.stringify(created));
    let stored = await findRoutineWithSteps(database().db, created.id);
    expect(stored?.steps.map((step) => [step.mediaKey, step.mediaAlt])).toEqual([
      [lift.key, "Shoulders lifted to the ears"],
      [fall.key, "Shoulders dropped"],
    ]);

    // The editor sends the stored keys back; moving a step moves its picture with it.
    const moved = [
      { ...steps[1]!, mediaKey: fall.key },
      { ...steps[0]!, mediaKey: lift.key },
    ];
    expect(await service().update(created.id, input({ slug: "step-pictures", steps: moved }))).toMatchObject({ ok: true });
    stored = await findRoutineWithSteps(database().db, created.id);
    expect(stored?.steps.map((step) => step.mediaKey)).toEqual([fall.key, lift.key]);

    // A step sent without its picture loses it, and the bytes go.
    expect(await service().update(created.id, input({ slug: "step-pictures", steps: [moved[0]!, { ...moved[1]!, mediaKey: null, mediaAlt: null }] }))).toMatchObject({ ok: true });
    expect(await files().get(lift.key)).toBeNull();
    expect(await files().get(fall.key)).not.toBeNull();

    // Deleting the routine takes the rest.
    await service().remove(created.id);
    expect(await files().get(fall.key)).toBeNull();
  });

  it("takes the cover away on request", async () => {
    const cover = picture();
    const created = await service().create(input({ slug: "cover-away", imageAlt: "A mat" }), cover);
    if (!created.ok) throw new Error("setup failed");
    expect(await service().update(created.id, input({ slug: "cover-away", removeImage: true }))).toMatchObject({ ok: true });
    expect((await findRoutineWithSteps(database().db, created.id))?.imageKey).toBeNull();
    expect(await files().get(cover.key)).toBeNull();
  });

  it("of many saves at once, each with a new cover, leaves only the last one's bytes", async () => {
    const created = await service().create(input({ slug: "many-tabs", imageAlt: "A chair" }), picture());
    if (!created.ok) throw new Error("setup failed");
    const covers = Array.from({ length: 12 }, () => picture());
    const results = await Promise.all(covers.map((cover) => service().update(created.id, input({ slug: "many-tabs", imageAlt: "A chair" }), cover)));
    expect(results.every((result) => result?.ok)).toBe(true);
    const shown = (await findRoutineWithSteps(database().db, created.id))!.imageKey!;
    // Every cover that lost the race is gone; none is left behind with nothing showing it.
    const left = await Promise.all(covers.map(async (cover) => ((await files().get(cover.key)) ? cover.key : null)));
    expect(left.filter(Boolean)).toEqual([shown]);
  });
});
