import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { availabilityRules, bookingSettings } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createAvailabilityService } from "./availability-service";
import { bookingSettingsSchema } from "./availability-schema";

const database = freshTestDatabase();

describe("the availability editor", () => {
  it("replaces the week in one go, and keeps the old hours when the new ones are refused", async () => {
    const { db } = database();
    const service = createAvailabilityService(db);
    await service.replaceWeek({ 1: [{ startMinute: 540, endMinute: 720 }], 3: [{ startMinute: 840, endMinute: 1020 }] });
    expect(await db.$count(availabilityRules)).toBe(2);
    // 25:00 breaks the table's check constraint: nothing of the new week may be left behind.
    await expect(service.replaceWeek({ 2: [{ startMinute: 540, endMinute: 600 }], 4: [{ startMinute: 600, endMinute: 1500 }] })).rejects.toThrow();
    const rules = await db.select().from(availabilityRules);
    expect(rules.map((rule) => rule.weekday).sort()).toEqual([1, 3]);
  });

  it("stores settings in minutes, from the hours the coach types", async () => {
    const { db } = database();
    const input = bookingSettingsSchema.parse({
      slotMinutes: "45", bufferBeforeMinutes: "5", bufferAfterMinutes: "10", minNoticeHours: "24", horizonDays: "60", dailyCap: "", cancelCutoffHours: "6", locationKind: "address", location: "Studio 2, Linden Street 4",
    });
    await createAvailabilityService(db).saveSettings(input);
    const [settings] = await db.select().from(bookingSettings);
    expect(settings).toMatchObject({ slotMinutes: 45, minNoticeMinutes: 1440, cancelCutoffMinutes: 360, dailyCap: null, locationKind: "address", location: "Studio 2, Linden Street 4" });
    expect(bookingSettingsSchema.safeParse({ ...input, slotMinutes: "5" }).error?.issues[0]?.message).toBe("Call length must be at least 10.");
    await db.execute(sql`select 1`);
  });

  it("explains what each kind of place needs, and accepts a video host or none", () => {
    const base = { slotMinutes: "30", bufferBeforeMinutes: "0", bufferAfterMinutes: "0", minNoticeHours: "12", horizonDays: "30", dailyCap: "", cancelCutoffHours: "12" };
    const message = (extra: Record<string, string>) => bookingSettingsSchema.safeParse({ ...base, ...extra }).error?.issues[0]?.message;
    expect(message({ locationKind: "link", location: "zoom me" })).toMatch(/starting with https:\/\//);
    expect(message({ locationKind: "video-room", location: "http://meet.example" })).toMatch(/https:\/\/meet\.jit\.si/);
    expect(message({ locationKind: "address", location: "" })).toBe("Write the address where you meet.");
    expect(message({ locationKind: "phone", location: "" })).toMatch(/^Say how the phone call happens/);
    expect(message({ locationKind: "teleport", location: "" })).toBe("Choose where the call happens.");
    expect(bookingSettingsSchema.safeParse({ ...base, locationKind: "video-room", location: "" }).success).toBe(true);
    expect(bookingSettingsSchema.safeParse({ ...base, locationKind: "link", location: "https://zoom.example/j/1" }).success).toBe(true);
  });
});
