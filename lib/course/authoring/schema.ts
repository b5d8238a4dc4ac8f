import { z } from "zod";
import { slugSchema } from "@/lib/routines/schema";
import { PUBLICATION_STATUSES } from "@/lib/routines/taxonomy";
import { cleanText } from "@/lib/platform/validation/text";
import { parsePrompts } from "../learning/reflection-rules";
import { parseDownloads, parseFaq, parseInstalmentCount, parseInstalmentPrice, parsePrice, type Parsed } from "./forms";

/**
 * The course editor's forms. Price, FAQ and downloads are typed as plain text and read here, as
 * part of the same parse, so every problem on the form shows at once.
 */
const fromText = <T>(parse: (text: string) => Parsed<T>) =>
  z.string().transform((text, context) => {
    const parsed = parse(text);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.value;
  });

export const accessEmailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com."));

export const courseFormSchema = z.object({
  title: cleanText().trim().min(1, "Add a course title.").max(200),
  slug: slugSchema,
  subtitle: cleanText().trim().max(300, "Keep the subtitle under 300 characters."),
  description: cleanText({ multiline: true }).max(20_000),
  audience: cleanText({ multiline: true }).max(5_000),
  notFor: cleanText({ multiline: true }).max(5_000),
  faq: cleanText({ multiline: true }).max(40_000).pipe(fromText(parseFaq)),
  price: z.string().max(20).pipe(fromText(parsePrice)),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "Use a three-letter currency code such as usd or eur."),
  status: z.enum(PUBLICATION_STATUSES),
  instalmentCount: z.string().max(10).default("").pipe(fromText(parseInstalmentCount)),
  instalmentPrice: z.string().max(20).default("").pipe(fromText(parseInstalmentPrice)),
});

export type CourseEdit = z.infer<typeof courseFormSchema>;

/** A new course starts as a draft with a title and a price; everything else is written in the editor. */
export const newCourseSchema = z.object({
  title: cleanText().trim().min(1, "Add a course title.").max(200),
  price: z.string().max(20).pipe(fromText(parsePrice)),
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, "Use a three-letter currency code such as usd or eur."),
});

export type NewCourse = z.infer<typeof newCourseSchema>;

export const lessonFormSchema = z.object({
  title: cleanText().trim().min(1, "Add a lesson title.").max(160),
  slug: slugSchema,
  durationMinutes: z.coerce.number({ error: "Write the length in minutes." }).int("Whole minutes, please.").min(1, "A lesson lasts at least a minute.").max(600),
  isPreview: z.boolean(),
  status: z.enum(PUBLICATION_STATUSES),
  videoUrl: z.string().trim().max(2000).refine((value) => value === "" || /^https:\/\/\S+$/.test(value), "Video links must start with https://"),
  captionsUrl: z.string().trim().max(2000).refine((value) => value === "" || /^(https:\/\/|\/)\S+$/.test(value), "Captions must be an https:// link or a path such as /uploads/lesson.vtt."),
  downloads: cleanText({ multiline: true }).max(10_000).pipe(fromText(parseDownloads)),
  body: cleanText({ multiline: true }).max(50_000, "Keep a lesson under 50,000 characters."),
  reflectionPrompts: cleanText({ multiline: true }).max(2_000).default("").pipe(fromText(parsePrompts)),
  reflectionRequired: z.boolean().default(false),
});

export type LessonEdit = z.infer<typeof lessonFormSchema>;
