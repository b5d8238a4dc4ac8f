import ReactMarkdown from "react-markdown";

/**
 * Markdown written by the coach. react-markdown never renders raw HTML, and its URL filter drops
 * `javascript:` and similar links, so nothing typed into the editor can run script on a page.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`prose-calm ${className}`}>
      <ReactMarkdown
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
