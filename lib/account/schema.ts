import { z } from "zod";
import { personName } from "@/lib/platform/validation/text";

export const accountNameSchema = z.object({
  // Optional: an empty field clears it; anything typed must be a name a person can read.
  name: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    personName({ blankMessage: "Write a name people can read, or leave the field empty.", max: 80, maxMessage: "Keep your name under 80 characters." }).nullable(),
  ),
});
