import { z } from "zod";
import { cleanText } from "@/lib/platform/validation/text";
import { slugSchema } from "../routines/schema";
import { PUBLICATION_STATUSES } from "../routines/taxonomy";

export const downloadSchema = z.object({
  label: cleanText().trim().min(1, "Give each download a label.").max(120),
  url: z.string().trim().regex(/^(https:\/\/|\/)\S+$/, "Download links must start with https:// or /."),
});

export const faqSchema = z.object({
  question: cleanText().trim().min(1, "Write the question.").max(300),
  answer: cleanText({ multiline: true }).trim().min(1, "Write the answer.").max(3000),
});

export const lessonInputSchema = z.object({
  slug: slugSchema,
  title: cleanText().trim().min(1, "Add a lesson title.").max(160),
  body: cleanText({ multiline: true }).max(50_000, "Keep a lesson under 50,000 characters."),
  videoUrl: z.url({ protocol: /^https$/, error: "Video links must start with https://" }).nullable(),
  durationSeconds: z.number().int().positive("A lesson needs a duration."),
  isPreview: z.boolean(),
  captionsUrl: z
    .string()
    .trim()
    .regex(/^(https:\/\/|\/)\S+$/, "Captions must be an https:// link or a path on this site, such as /uploads/lesson.vtt.")
    .nullable()
    .default(null),
  downloads: z.array(downloadSchema).max(20, "Keep it to 20 downloads per lesson.").default([]),
  status: z.enum(PUBLICATION_STATUSES).default("published"),
  reflectionPrompts: z.array(z.object({ id: z.string().regex(/^[0-9a-f]{16}$/), text: z.string().min(1).max(300) })).max(5).default([]),
  reflectionRequired: z.boolean().default(false),
});

export const moduleInputSchema = z.object({
  title: cleanText().trim().min(1, "Add a module title.").max(160),
  summary: cleanText({ multiline: true }).trim().max(1000),
  lessons: z.array(lessonInputSchema).min(1, "A module needs at least one lesson."),
});

export const courseInputSchema = z
  .object({
    slug: slugSchema,
    title: cleanText().trim().min(1, "Add a course title.").max(200),
    subtitle: cleanText().trim().max(300),
    description: cleanText({ multiline: true }).max(20_000),
    audience: cleanText({ multiline: true }).max(5_000).default(""),
    notFor: cleanText({ multiline: true }).max(5_000).default(""),
    faq: z.array(faqSchema).max(30).default([]),
    priceAmount: z.number().int("Prices are whole cents.").positive("A paid course needs a price above zero."),
    currency: z.string().regex(/^[a-z]{3}$/, "Use a three-letter currency code such as usd."),
    instalmentCount: z.number().int().min(2).max(12).nullable().default(null),
    instalmentAmount: z.number().int().positive().nullable().default(null),
    status: z.enum(PUBLICATION_STATUSES),
    modules: z.array(moduleInputSchema).min(1, "A course needs at least one module."),
  })
  .refine(
    (course) => {
      const slugs = course.modules.flatMap((module) => module.lessons.map((lesson) => lesson.slug));
      return new Set(slugs).size === slugs.length;
    },
    { message: "Two lessons share a slug; each lesson needs its own.", path: ["modules"] },
  );

export type CourseInput = z.infer<typeof courseInputSchema>;
export type CourseSeedInput = z.input<typeof courseInputSchema>;
