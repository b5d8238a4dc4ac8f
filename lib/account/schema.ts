import { z } from "zod";
import { cleanText } from "@/lib/validation/text";

export const accountNameSchema = z.object({
  name: cleanText()
    .trim()
    .max(80, "Keep your name under 80 characters.")
    .transform((value) => (value === "" ? null : value)),
});
