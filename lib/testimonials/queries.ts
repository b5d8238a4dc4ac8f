import { arrayContains, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { testimonials } from "@/db/schema";

type TestimonialFields = Omit<typeof testimonials.$inferInsert, "id" | "createdAt">;

export const listTestimonials = (db: Executor) => db.select().from(testimonials).orderBy(asc(testimonials.position), asc(testimonials.createdAt));

export async function listTestimonialsFor(db: Executor, place: string) {
  return db
    .select()
    .from(testimonials)
    .where(arrayContains(testimonials.places, [place]))
    .orderBy(asc(testimonials.position), asc(testimonials.createdAt));
}

export async function findTestimonial(db: Executor, id: string, { forUpdate = false }: { forUpdate?: boolean } = {}) {
  const query = db.select().from(testimonials).where(eq(testimonials.id, id)).limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export async function insertTestimonial(db: Executor, values: TestimonialFields) {
  const [row] = await db.insert(testimonials).values(values).returning({ id: testimonials.id });
  return row!;
}

export async function updateTestimonial(db: Executor, id: string, values: TestimonialFields) {
  const [row] = await db.update(testimonials).set(values).where(eq(testimonials.id, id)).returning({ id: testimonials.id });
  return row ?? null;
}

export async function deleteTestimonial(db: Executor, id: string) {
  const [row] = await db.delete(testimonials).where(eq(testimonials.id, id)).returning({ photoKey: testimonials.photoKey });
  return row ?? null;
}
