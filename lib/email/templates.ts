import type { ComponentType } from "react";
import MagicLinkEmail, { magicLinkSubject, type MagicLinkEmailProps } from "@/emails/magic-link";
import WelcomeEmail, { welcomeSubject, type WelcomeEmailProps } from "@/emails/welcome";

/** Every template the app can send, with the subject line built from the same props. */
export interface TemplateProps {
  "magic-link": MagicLinkEmailProps;
  welcome: WelcomeEmailProps;
}

export type TemplateName = keyof TemplateProps;

interface TemplateEntry<P> {
  component: ComponentType<P>;
  subject: (props: P) => string;
}

export const templates: { [K in TemplateName]: TemplateEntry<TemplateProps[K]> } = {
  "magic-link": { component: MagicLinkEmail, subject: magicLinkSubject },
  welcome: { component: WelcomeEmail, subject: welcomeSubject },
};
