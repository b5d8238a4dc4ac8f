import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";

export const dynamic = "force-dynamic";

/** /learn/[course]: straight to where the learner left off; others to the sales page. */
export default async function CourseEntryPage({ params }: PageProps<"/learn/[course]">) {
  const { course } = await params;
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/learn/${course}`)}`);
  const entry = await (await services()).learning.entryLesson(user, course);
  if (!entry) notFound();
  redirect("salesPage" in entry ? `/courses/${course}` : `/learn/${course}/${entry.lessonSlug}`);
}
