import Link from "next/link";
import { requireAdmin } from "@/app/_auth/guards";
import type { RoutineInput } from "@/lib/routines/schema";
import { RoutineEditor } from "../routine-editor";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("New routine");

const BLANK: RoutineInput = {
  slug: "",
  title: "",
  summary: "",
  bodyAreas: [],
  equipment: [],
  difficulty: "gentle",
  whyItWorks: "",
  cautions: "",
  status: "draft",
  imageAlt: null,
  removeImage: false,
  steps: [{ instruction: "", durationSeconds: 30, repetitions: null, side: "both", spokenCue: null, mediaKey: null, mediaAlt: null }],
};

export default async function NewRoutinePage() {
  await requireAdmin();
  return (
    <>
      <p>
        <Link href="/admin/routines" className="text-ink-muted underline underline-offset-4 hover:text-ink">← All routines</Link>
      </p>
      <h1 className="mt-3 text-4xl">New routine</h1>
      <RoutineEditor initial={BLANK} />
    </>
  );
}
