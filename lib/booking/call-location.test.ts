import { describe, expect, it } from "vitest";
import { callLocation, DEFAULT_VIDEO_HOST, joinUrl, LINK_TO_FOLLOW, videoRoomUrl } from "./call-location";

const secret = "test-secret-test-secret-test-secret";

describe("where a call happens", () => {
  it("gives every booking its own room on the video host, the same each time it is asked", () => {
    const first = callLocation({ locationKind: "video-room", location: "" }, secret, "booking-1");
    expect(first).toMatch(/^https:\/\/meet\.jit\.si\/Consultation-[A-Za-z0-9]{20}$/);
    expect(callLocation({ locationKind: "video-room", location: "" }, secret, "booking-1")).toBe(first);
    expect(callLocation({ locationKind: "video-room", location: "" }, secret, "booking-2")).not.toBe(first);
    expect(videoRoomUrl("https://video.example.org/", secret, "booking-1")).toMatch(/^https:\/\/video\.example\.org\/Consultation-/);
    // Another site's secret makes other rooms: a room name says nothing about the next one.
    expect(videoRoomUrl(DEFAULT_VIDEO_HOST, "another-secret-another-secret-1234", "booking-1")).not.toBe(first);
  });

  it("passes the coach's link, phone note or address through, and only links can be joined", () => {
    expect(callLocation({ locationKind: "link", location: "https://zoom.example/j/1" }, secret, "b")).toBe("https://zoom.example/j/1");
    expect(callLocation({ locationKind: "address", location: "Studio 3, Lindenstraße 5, Berlin" }, secret, "b")).toBe("Studio 3, Lindenstraße 5, Berlin");
    expect(joinUrl("https://zoom.example/j/1")).toBe("https://zoom.example/j/1");
    expect(joinUrl("I will call you on the number you give")).toBeNull();
  });

  it("tells the visitor the link will follow when the coach sends her own link herself", () => {
    expect(callLocation({ locationKind: "link", location: "" }, secret, "b")).toBe(LINK_TO_FOLLOW);
    expect(callLocation({ locationKind: "link", location: "  " }, secret, "b")).toBe(LINK_TO_FOLLOW);
    expect(joinUrl(LINK_TO_FOLLOW)).toBeNull();
  });
});
