// A read-only rendering of a stored body, for previewing revisions. React elements
// only: stored text is never interpreted as HTML.
import type { ReactNode } from "react";
import type { AnyNodeJSON, ArticleBody } from "../../shared/document/nodes.ts";
import { TEXT_FORMAT } from "../../shared/document/nodes.ts";

function renderNode(node: AnyNodeJSON, key: number): ReactNode {
  const kids = () => ("children" in node ? (node.children as AnyNodeJSON[]).map(renderNode) : null);
  switch (node.type) {
    case "text": {
      let out: ReactNode = node.text;
      if (node.format & TEXT_FORMAT.bold) out = <strong>{out}</strong>;
      if (node.format & TEXT_FORMAT.italic) out = <em>{out}</em>;
      return <span key={key}>{out}</span>;
    }
    case "linebreak":
      return <br key={key} />;
    case "link":
      return <u key={key}>{kids()}</u>;
    case "mark":
      return <span key={key}>{kids()}</span>;
    case "quotation":
      return (
        <span key={key} className="ed-quotation">
          {kids()}
        </span>
      );
    case "suggestion-insert":
      return (
        <ins key={key} className="ed-suggest-insert">
          {kids()}
        </ins>
      );
    case "suggestion-delete":
      return (
        <del key={key} className="ed-suggest-delete">
          {kids()}
        </del>
      );
    case "suggestion-format":
      return (
        <span key={key} className="ed-suggest-format">
          {kids()}
        </span>
      );
    case "heading":
      return node.tag === "h2" ? <h2 key={key}>{kids()}</h2> : <h3 key={key}>{kids()}</h3>;
    case "quote":
      return <blockquote key={key}>{kids()}</blockquote>;
    case "pullquote":
      return (
        <aside key={key} className="ed-pullquote">
          {kids()}
        </aside>
      );
    case "list":
      return node.listType === "number" ? <ol key={key}>{kids()}</ol> : <ul key={key}>{kids()}</ul>;
    case "listitem":
      return <li key={key}>{kids()}</li>;
    case "figure":
      return (
        <p key={key} className="figure-caption">
          [Figure] {node.caption} {node.credit}
        </p>
      );
    default:
      return <p key={key}>{kids()}</p>;
  }
}

export function BodyPreview({ body }: { body: ArticleBody }) {
  return <div className="body-preview">{body.root.children.map(renderNode)}</div>;
}
