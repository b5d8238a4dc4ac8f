import type { PublicRoutine } from "./public-reads";
import { EQUIPMENT_LABELS } from "./taxonomy";

/** schema.org HowTo for a routine, so search engines can show its steps and time. */
export function routineHowTo(routine: PublicRoutine, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "HowTo",
    name: routine.title,
    description: routine.summary,
    url,
    totalTime: `PT${Math.max(1, Math.round(routine.totalSeconds / 60))}M`,
    tool: routine.equipment.map((item) => ({ "@type": "HowToTool", name: EQUIPMENT_LABELS[item] })),
    step: routine.steps.map((step, index) => ({
      "@type": "HowToStep",
      position: index + 1,
      text: step.instruction,
      ...(step.durationSeconds ? { timeRequired: `PT${step.durationSeconds}S` } : {}),
    })),
  };
}

/** JSON for a <script> tag: `<` escaped so coach-written text can never close the tag. */
export function safeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
