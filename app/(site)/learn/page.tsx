import { redirect } from "next/navigation";
import { currentUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";

export const dynamic = "force-dynamic";

/**
 * "My course" in the header before the page knows which course (the header hint names only that
 * there is one): the learner's course, which itself opens where they left off; anyone else the
 * course list.
 */
export default async function MyCoursePage() {
  const user = await currentUser();
  const [course] = user ? await (await services()).learning.enrolledCourses(user) : [];
  redirect(course ? `/learn/${course.slug}` : "/courses");
}
