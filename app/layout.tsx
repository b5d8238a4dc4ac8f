import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { HEADER_HINT_SCRIPT } from "@/lib/auth/header-hint";
import { env } from "@/lib/platform/env";
import { OfflineSupport } from "./_ui/offline-support";
import { figtree, fraunces } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().APP_URL),
  title: { default: "Movement and somatic coaching", template: "%s" },
  description: "Free body routines, a course on trauma-release exercises, and free 1:1 consultations.",
  appleWebApp: { capable: true, statusBarStyle: "default" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f3ec" },
    { media: "(prefers-color-scheme: dark)", color: "#171c19" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // suppressHydrationWarning: the hint script below adds data-who to <html> before React hydrates.
    <html lang="en" className={`${fraunces.variable} ${figtree.variable}`} suppressHydrationWarning>
      <head>
        {/* Before the first paint, so a signed-in person's header is right at once (lib/auth/header-hint.ts). */}
        <script dangerouslySetInnerHTML={{ __html: HEADER_HINT_SCRIPT }} />
      </head>
      <body className="min-h-dvh bg-linen text-ink antialiased">
        {children}
        <OfflineSupport />
      </body>
    </html>
  );
}
