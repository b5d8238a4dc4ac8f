import type { ReactNode } from "react";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { FooterNewsletter } from "./footer-newsletter";
import { NewsletterForm } from "./newsletter-form";
import { FooterSignupSource } from "./signup-source";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** Header, main landmark and footer of every public and personal page. */
export async function SiteChrome({ children }: { children: ReactNode }) {
  const coach = await getPublicCoachProfile();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader coachName={coach?.name ?? "Home"} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter
        coachName={coach?.name ?? "The coach"}
        contactEmail={coach?.contactEmail ?? "hello@example.com"}
        newsletter={
          <FooterNewsletter>
            <NewsletterForm source={<FooterSignupSource />} idPrefix="footer" compact />
          </FooterNewsletter>
        }
      />
    </div>
  );
}
