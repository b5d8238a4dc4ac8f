import ReactMarkdown from "react-markdown";
import remarkBreaks from "remark-breaks";
import { styles } from "./layout";

/**
 * The coach's markdown in an email: react-markdown never renders raw HTML and drops unsafe link
 * schemes; every element gets inline styles because mail clients ignore style sheets. Relative
 * links ("/routines/…") are made absolute so they work from an inbox. A single newline is a line
 * break, as the coach sees it in the editor.
 */
export function EmailMarkdown({ children, appUrl }: { children: string; appUrl: string }) {
  const absolute = (href: string | undefined) => (href?.startsWith("/") && !href.startsWith("//") ? `${appUrl}${href}` : href);
  return (
    <ReactMarkdown
      // Letters are written like letters: a single newline is a line break.
      remarkPlugins={[remarkBreaks]}
      components={{
        p: ({ children: content }) => <p style={styles.text}>{content}</p>,
        h1: ({ children: content }) => <h2 style={styles.heading}>{content}</h2>,
        h2: ({ children: content }) => <h2 style={styles.heading}>{content}</h2>,
        h3: ({ children: content }) => <h3 style={{ ...styles.text, fontWeight: 700 }}>{content}</h3>,
        ul: ({ children: content }) => <ul style={{ ...styles.text, paddingLeft: "20px" }}>{content}</ul>,
        ol: ({ children: content }) => <ol style={{ ...styles.text, paddingLeft: "20px" }}>{content}</ol>,
        a: ({ href, children: content }) => (
          <a href={absolute(href)} style={styles.link}>
            {content}
          </a>
        ),
        img: () => null,
      }}
    >
      {children}
    </ReactMarkdown>
  );
}
