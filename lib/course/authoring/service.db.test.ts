import { and, asc, eq, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { courses, enrollments, lessonProgress, lessons, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createOrderAdminService } from "@/lib/payments/orders/admin-service";
import { checkoutSessionEvent } from "@/lib/payments/local-provider/events";
import { createLocalProvider } from "@/lib/payments/local-provider/provider";
import { signWebhookPayload } from "@/lib/payments/stripe/signature";
import { createPendingOrder, createTestCourse, paymentDeps, sessionFacts, TEST_WEBHOOK_SECRET } from "@/lib/payments/testing/fixtures";
import { createWebhookService } from "@/lib/payments/stripe/webhook-service";
import { allFieldErrors } from "@/lib/platform/forms/action";
import { courseFormSchema, lessonFormSchema, newCourseSchema } from "./schema";
import { createCourseAdminService, type CourseAdminService } from "./service";

const database = freshTestDatabase();
let service: CourseAdminService;
let fixture: Awaited<ReturnType<typeof createTestCourse>>;

beforeAll(async () => {
  service = createCourseAdminService({ db: database().db });
  fixture = await createTestCourse(database().db);
});

const lessonOrder = async () =>
  (await database().db.select({ slug: lessons.slug }).from(lessons).where(eq(lessons.moduleId, fixture.module.id)).orderBy(asc(lessons.position))).map((row) => row.slug);

describe("course editor", () => {
  it("starts a new course as a draft with an address made from its title, the next number when it is taken", async () => {
    const input = newCourseSchema.parse({ title: "Calm Under Pressure", price: "149", currency: "EUR" });
    const first = await service.createCourse(input);
    const second = await service.createCourse(input);
    if (!first.ok || !second.ok) throw new Error("not created");
    const rows = await database().db.select().from(courses).where(eq(courses.title, "Calm Under Pressure")).orderBy(asc(courses.slug));
    expect(rows.map((row) => [row.slug, row.status, row.priceAmount, row.currency])).toEqual([
      ["calm-under-pressure", "draft", 14900, "eur"],
      ["calm-under-pressure-2", "draft", 14900, "eur"],
    ]);
    expect(rows.map((row) => row.id).sort()).toEqual([first.id, second.id].sort());
  });

  it("refuses a new course without a title or with a price it cannot read, naming each field", () => {
    const parsed = newCourseSchema.safeParse({ title: "  ", price: "a lot", currency: "euro" });
    expect(parsed.success).toBe(false);
    expect(Object.keys(allFieldErrors(parsed.error!)).sort()).toEqual(["currency", "price", "title"]);
  });

  it("reorders lessons and stops at the ends", async () => {
    const [, second] = fixture.lessons;
    expect((await service.moveLesson(second!.id, "up")).ok).toBe(true);
    expect(await lessonOrder()).toEqual(["paid-one", "preview", "paid-two"]);
    await service.moveLesson(second!.id, "up");
    expect(await lessonOrder()).toEqual(["paid-one", "preview", "paid-two"]);
    await service.moveLesson(second!.id, "down");
    expect(await lessonOrder()).toEqual(["preview", "paid-one", "paid-two"]);
  });

  it("adds lessons as drafts with a unique address", async () => {
    const first = await service.addLesson(fixture.module.id, "Paid one");
    expect(first.ok).toBe(true);
    const [row] = await database().db.select().from(lessons).where(eq(lessons.id, first.ok ? first.lessonId : ""));
    expect(row).toMatchObject({ slug: "paid-one-2", status: "draft", position: 3 });
  });

  it("refuses bad input with every field's message at once, and a taken address without changing anything", async () => {
    const result = courseFormSchema.safeParse({
      title: "",
      slug: "Bad Slug",
      subtitle: "",
      description: "",
      audience: "",
      notFor: "",
      faq: "not a faq",
      price: "free",
      currency: "dollars",
      status: "published",
    });
    expect(result.success).toBe(false);
    expect(Object.keys(allFieldErrors(result.error!)).sort()).toEqual(["currency", "faq", "price", "slug", "title"]);
    const lessonForm = lessonFormSchema.parse({ title: "x", slug: "preview", durationMinutes: "5", isPreview: false, status: "published", videoUrl: "", captionsUrl: "", downloads: "", body: "" });
    const before = await database().db.select().from(lessons).where(eq(lessons.id, fixture.lessons[1]!.id));
    const lesson = await service.updateLesson(fixture.lessons[1]!.id, lessonForm);
    expect(lesson).toEqual({ ok: false, errors: { slug: "Another lesson in this course already uses this address." } });
    expect(await database().db.select().from(lessons).where(eq(lessons.id, fixture.lessons[1]!.id))).toEqual(before);
  });

  it("grants complimentary access and revokes it", async () => {
    const { db } = database();
    expect((await service.grantAccess(fixture.course.id, "not-an-email")).ok).toBe(false);
    expect((await service.grantAccess(fixture.course.id, "Friend@Example.com")).ok).toBe(true);
    const {
      rows: [learner],
    } = await service.listEnrollments(fixture.course.id);
    expect(learner).toMatchObject({ email: "friend@example.com", source: "complimentary", revokedAt: null, completed: 0 });
    await service.revokeAccess(learner!.id);
    const [row] = await db.select().from(enrollments).where(eq(enrollments.id, learner!.id));
    expect(row!.revokedReason).toBe("Revoked by the coach");
  });

  it("lists each course with its real number of lessons and of learners who can open it", async () => {
    const { db } = database();
    await service.grantAccess(fixture.course.id, "counted-one@example.com");
    await service.grantAccess(fixture.course.id, "counted-two@example.com");
    const lessonCount = await db.$count(lessons, eq(lessons.courseId, fixture.course.id));
    const learners = await db.$count(enrollments, and(eq(enrollments.courseId, fixture.course.id), isNull(enrollments.revokedAt)));
    expect(lessonCount).toBeGreaterThan(0);
    expect(learners).toBe(2);
    const listed = (await service.listCourses()).find((course) => course.id === fixture.course.id);
    expect(listed).toMatchObject({ lessonCount, learners });
    // And each learner's progress counts their own completed lessons.
    const [counted] = await db.select().from(users).where(eq(users.email, "counted-one@example.com"));
    await db.insert(lessonProgress).values({ userId: counted!.id, lessonId: fixture.lessons[1]!.id, completedAt: new Date() });
    const { rows: progress } = await service.listEnrollments(fixture.course.id);
    expect(progress.find((learner) => learner.email === "counted-one@example.com")?.completed).toBe(1);
    expect(progress.find((learner) => learner.email === "counted-two@example.com")?.completed).toBe(0);
  });
});

describe("refunds from the back office", () => {
  it("the local refund revokes access through the webhook, like a refund made in Stripe", async () => {
    const { db } = database();
    const webhook = createWebhookService({ ...paymentDeps(db), webhookSecret: TEST_WEBHOOK_SECRET });
    const provider = createLocalProvider({
      appUrl: "https://coach.example",
      webhookSecret: TEST_WEBHOOK_SECRET,
      postEvent: async (body, signature) => {
        const response = await webhook.handle(body, signature);
        if (response.status !== 200) throw new Error(`webhook said ${response.status}`);
      },
    });
    const order = await createPendingOrder(db, fixture.course.id);
    const body = JSON.stringify(checkoutSessionEvent("checkout.session.completed", sessionFacts(order, { email: "refund-me@example.com" }), new Date()));
    await webhook.handle(body, signWebhookPayload(body, TEST_WEBHOOK_SECRET));
    const admin = createOrderAdminService({ db, provider });
    expect((await admin.figures()).allTime).toEqual([{ currency: "usd", total: 14900, orders: 1 }]);

    expect(await admin.refund(order.id)).toMatchObject({ ok: true });
    const [enrollment] = await db.select().from(enrollments).where(eq(enrollments.orderId, order.id));
    expect(enrollment!.revokedReason).toBe("Refunded");
    expect(await admin.refund(order.id)).toEqual({ ok: false, error: "Only paid orders can be refunded; this one is refunded." });
    expect((await admin.figures()).allTime).toEqual([]);
  });
});
