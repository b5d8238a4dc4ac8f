import type { Metadata } from "next";
import { NOT_FOUND_TITLE } from "./_ui/not-found-title";
import { NotFoundView } from "./_ui/not-found-view";

export const metadata: Metadata = { title: NOT_FOUND_TITLE, robots: { index: false } };

export default function NotFound() {
  return <NotFoundView />;
}
