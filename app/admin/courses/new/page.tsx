import Link from "next/link";
import { requireAdmin } from "@/app/_auth/guards";
import { adminTitle } from "@/app/admin/admin-title";
import { NewCourseForm } from "./new-course-form";

export const generateMetadata = adminTitle("New course");

export default async function NewCoursePage() {
  await requireAdmin();
  return (
    <>
      <p>
        <Link href="/admin/courses" className="inline-flex min-h-11 items-center text-ink-muted underline underline-offset-4 hover:text-ink">
          ← All courses
        </Link>
      </p>
      <h1 className="mt-1 text-4xl">New course</h1>
      <NewCourseForm />
    </>
  );
}
