import ReactMarkdown from "react-markdown";
import remarkBreaks from "remark-breaks";

/**
 * Markdown written by the coach. react-markdown never renders raw HTML, and its URL filter drops
 * `javascript:` and similar links, so nothing typed into the editor can run script on a page.
 */
export function Markdown({ children, className = "", breaks = false }: { children: string; className?: string; breaks?: boolean }) {
  return (
    <div className={`prose-calm ${className}`}>
      <ReactMarkdown
        // Letters are written like letters: a single newline is a line break (as in the emails).
        remarkPlugins={breaks ? [remarkBreaks] : []}
        components={{
          a: ({ href, children: label }) => {
            const external = href ? /^https?:\/\//.test(href) : false;
            return (
              <a href={href} {...(external ? { rel: "noopener noreferrer nofollow", target: "_blank" } : {})}>
                {label}
              </a>
            );
          },
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
