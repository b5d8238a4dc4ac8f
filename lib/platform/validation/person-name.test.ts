import { describe, expect, it } from "vitest";
import { z } from "zod";
import { bookingRequestSchema } from "@/lib/booking/schema";
import { certificateNameSchema } from "@/lib/course/certificates/service";
import { accountNameSchema } from "@/lib/account/schema";
import { BIDI_CONTROL_MESSAGE, personName } from "./text";

const name = personName({ blankMessage: "Tell us your name.", max: 20, maxMessage: "Too long." });
const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("names a person can read", () => {
  it("keeps real names in any script, trimmed", () => {
    expect(name.parse("  Ana María  ")).toBe("Ana María");
    expect(name.parse("محمد")).toBe("محمد");
    expect(name.parse("李小龍")).toBe("李小龍");
  });

  it("refuses names that are blank once invisible characters are set aside", () => {
    for (const blank of ["", "   ", "\u200B", "\u200B\u200C\u200D", "\uFEFF", "\u2060", "\u3164", "\u00AD", " \u200E "]) {
      expect(messageOf(name, blank), JSON.stringify(blank)).toBe("Tell us your name.");
    }
  });

  it("refuses direction overrides and isolates", () => {
    for (const control of ["\u202E", "\u202D", "\u202A", "\u2066", "\u2067", "\u2068", "\u2069"]) {
      expect(messageOf(name, `Ann${control}a`)).toBe(BIDI_CONTROL_MESSAGE);
    }
  });

  it("is the rule of every name field: booking, certificate, account", () => {
    const booking = (value: string) => messageOf(bookingRequestSchema.pick({ name: true }), { name: value });
    expect(booking("\u200B")).toBe("Tell us your name.");
    expect(booking("Eve\u202Egnp.exe")).toBe(BIDI_CONTROL_MESSAGE);
    expect(messageOf(certificateNameSchema, "\u200B")).toBe("Write the name to put on your certificate.");
    expect(messageOf(certificateNameSchema, "Bob\u2067")).toBe(BIDI_CONTROL_MESSAGE);
    expect(accountNameSchema.parse({ name: "  " })).toEqual({ name: null });
    expect(messageOf(accountNameSchema, { name: "\u200B" })).toBe("Write a name people can read, or leave the field empty.");
  });
});
