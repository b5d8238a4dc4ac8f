import { z } from "zod";

export const accountNameSchema = z.object({
  name: z
    .string()
    .trim()
    .max(80, "Keep your name under 80 characters.")
    .transform((value) => (value === "" ? null : value)),
});
