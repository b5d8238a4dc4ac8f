import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { templates, type TemplateName, type TemplateProps } from "./templates";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export async function renderEmail<T extends TemplateName>(template: T, props: TemplateProps[T]): Promise<RenderedEmail> {
  const entry = templates[template];
  const html = await render(createElement(entry.component as never, props as never));
  return { subject: entry.subject(props), html, text: toPlainText(html) };
}
