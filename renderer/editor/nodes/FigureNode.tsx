// A photo or graphic with caption and credit. A decorator block: the caption and
// credit are edited in the figure's own fields, not as running text.
import {
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from "lexical";
import type { JSX } from "react";

export type SerializedFigureNode = Spread<
  { src: string; alt: string; caption: string; credit: string },
  SerializedLexicalNode
>;

export class FigureNode extends DecoratorNode<JSX.Element> {
  __src: string;
  __alt: string;
  __caption: string;
  __credit: string;

  static getType(): string {
    return "figure";
  }
  static clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__src, node.__alt, node.__caption, node.__credit, node.__key);
  }
  static importJSON(json: SerializedFigureNode): FigureNode {
    return new FigureNode(json.src ?? "", json.alt ?? "", json.caption ?? "", json.credit ?? "");
  }
  constructor(src = "", alt = "", caption = "", credit = "", key?: NodeKey) {
    super(key);
    this.__src = src;
    this.__alt = alt;
    this.__caption = caption;
    this.__credit = credit;
  }
  exportJSON(): SerializedFigureNode {
    return {
      type: "figure",
      version: 1,
      src: this.__src,
      alt: this.__alt,
      caption: this.__caption,
      credit: this.__credit,
    };
  }
  createDOM(_config: EditorConfig): HTMLElement {
    const div = document.createElement("div");
    div.className = "figure-block";
    return div;
  }
  updateDOM(): false {
    return false;
  }
  isInline(): false {
    return false;
  }
  decorate(): JSX.Element {
    return (
      <figure className="figure">
        {this.__src ? (
          <img src={this.__src} alt={this.__alt} />
        ) : (
          <div className="figure-placeholder">No image</div>
        )}
        <figcaption>
          {this.__caption} {this.__credit ? <span className="figure-credit">{this.__credit}</span> : null}
        </figcaption>
      </figure>
    );
  }
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
