// A small reading stylesheet that also prints cleanly: serif text column, no backgrounds in
// print, link addresses printed after external links.
export const STYLESHEET = `
:root { color-scheme: light; }
body { margin: 0; font: 1.125rem/1.6 Georgia, "Times New Roman", serif; color: #111; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 2rem 1rem; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; }
h1 { font-size: 2.25rem; margin: 0.25rem 0 0.75rem; }
.section { text-transform: uppercase; letter-spacing: 0.08em; font: 700 0.8rem Arial, sans-serif; margin: 0; }
.dek { font-size: 1.3rem; color: #333; margin: 0 0 1rem; }
.byline, .dateline, .timestamps { font: 0.9rem/1.4 Arial, sans-serif; margin: 0.2rem 0; }
.dateline { text-transform: uppercase; }
.correction { border-top: 1px solid #999; margin-top: 2rem; font: 0.95rem/1.5 Arial, sans-serif; }
blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #999; }
.pullquote { margin: 2rem 0; font-size: 1.5rem; font-style: italic; text-align: center; }
.pullquote footer { font: normal 0.9rem Arial, sans-serif; }
.pullquote footer::before { content: "\\2014\\00a0"; }
figure { margin: 1.5rem 0; }
img { max-width: 100%; height: auto; }
figcaption { font: 0.85rem/1.4 Arial, sans-serif; color: #444; }
.credit { text-transform: uppercase; font-size: 0.75rem; }
a { color: #0645ad; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; }
  figure, blockquote, .pullquote { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
}
`.trim();
