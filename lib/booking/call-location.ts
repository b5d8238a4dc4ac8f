import { createHmac } from "node:crypto";

export const LOCATION_KINDS = ["link", "video-room", "phone", "address"] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** Where video rooms open when the coach has not named a host: Jitsi's free public service. */
export const DEFAULT_VIDEO_HOST = "https://meet.jit.si";

/**
 * A booking's own video room: the host plus a name made from the booking id with the site's
 * secret, so it is the same in every email and invite, different for every booking, and cannot be
 * guessed from another booking's room.
 */
export function videoRoomUrl(host: string, secret: string, bookingId: string): string {
  const room = createHmac("sha256", secret).update(`video-room:${bookingId}`).digest("base64url").replace(/[-_]/g, "").slice(0, 20);
  return `${host.replace(/\/+$/, "")}/Consultation-${room}`;
}

/** Where a booking's call happens, as the visitor reads it and calendars store it (LOCATION). */
export function callLocation(settings: { locationKind: LocationKind; location: string }, secret: string, bookingId: string): string {
  if (settings.locationKind === "video-room") return videoRoomUrl(settings.location || DEFAULT_VIDEO_HOST, secret, bookingId);
  // A coach who sends her link herself leaves it empty; the visitor is still told how they will join.
  if (settings.locationKind === "link" && !settings.location.trim()) return LINK_TO_FOLLOW;
  return settings.location;
}

/** What a booking says about joining when the coach sends the meeting link herself. */
export const LINK_TO_FOLLOW = "A video call: the link to join will be emailed to you before the call.";

/** The address to join, when the place is a link. */
export const joinUrl = (location: string): string | null => (location.startsWith("https://") ? location : null);
