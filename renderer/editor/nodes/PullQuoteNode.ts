// A pull quote: words lifted from the story for display, with their attribution.
// A block of its own; exported as <aside>.
import {
  $applyNodeReplacement,
  type EditorConfig,
  ElementNode,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from "lexical";

export type SerializedPullQuoteNode = Spread<{ attribution: string }, SerializedElementNode>;

export class PullQuoteNode extends ElementNode {
  __attribution: string;

  static getType(): string {
    return "pullquote";
  }
  static clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__attribution, node.__key);
  }
  static importJSON(json: SerializedPullQuoteNode): PullQuoteNode {
    return $applyNodeReplacement(new PullQuoteNode(json.attribution ?? "")).updateFromJSON(json);
  }
  constructor(attribution = "", key?: NodeKey) {
    super(key);
    this.__attribution = attribution;
  }
  exportJSON(): SerializedPullQuoteNode {
    return { ...super.exportJSON(), type: "pullquote", attribution: this.__attribution };
  }
  createDOM(config: EditorConfig): HTMLElement {
    const aside = document.createElement("aside");
    aside.className = config.theme.pullquote ?? "pullquote";
    return aside;
  }
  updateDOM(): boolean {
    return false;
  }
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
