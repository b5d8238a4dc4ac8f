import { describe, expect, it } from "vitest";
import { currentZoneName } from "./zone-renames";
import { isIanaTimeZone } from "./timezones";

describe("current zone names", () => {
  it("gives renamed zones their current name, which the server accepts and can format in", () => {
    expect(currentZoneName("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(currentZoneName("Europe/Kiev")).toBe("Europe/Kyiv");
    expect(currentZoneName("Europe/Berlin")).toBe("Europe/Berlin");
    for (const name of ["Asia/Kolkata", "Europe/Kyiv", "Asia/Ho_Chi_Minh", "America/Nuuk", "Pacific/Kanton"]) {
      expect(isIanaTimeZone(name), name).toBe(true);
      expect(() => new Intl.DateTimeFormat("en", { timeZone: name })).not.toThrow();
    }
  });
});
