// A photo or graphic with caption and credit. A decorator block: the alt text, caption and
// credit are edited in the figure's own fields (FigureView), not as running text. The picture
// is kept in the library and named by its hash (`image`), or lives at an address (`src`).
import {
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from "lexical";
import type { JSX } from "react";
import { type FigureFields, FigureView } from "./FigureView.tsx";

export type SerializedFigureNode = Spread<
  {
    src: string;
    image?: string;
    width?: number;
    height?: number;
    alt: string;
    caption: string;
    credit: string;
  },
  SerializedLexicalNode
>;

export interface FigurePicture {
  src?: string;
  image?: string;
  width?: number;
  height?: number;
}

export class FigureNode extends DecoratorNode<JSX.Element> {
  __picture: FigurePicture;
  __alt: string;
  __caption: string;
  __credit: string;

  static getType(): string {
    return "figure";
  }
  static clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__picture, node.__alt, node.__caption, node.__credit, node.__key);
  }
  static importJSON(json: SerializedFigureNode): FigureNode {
    const { src, image, width, height } = json;
    return new FigureNode(
      { src, image, width, height },
      json.alt ?? "",
      json.caption ?? "",
      json.credit ?? "",
    );
  }
  constructor(picture: FigurePicture = {}, alt = "", caption = "", credit = "", key?: NodeKey) {
    super(key);
    this.__picture = picture;
    this.__alt = alt;
    this.__caption = caption;
    this.__credit = credit;
  }
  exportJSON(): SerializedFigureNode {
    const { image, width, height } = this.__picture;
    return {
      type: "figure",
      version: 1,
      src: this.__picture.src ?? "",
      ...(image ? { image } : {}),
      ...(width && height ? { width, height } : {}),
      alt: this.__alt,
      caption: this.__caption,
      credit: this.__credit,
    };
  }
  setField(field: keyof FigureFields, value: string): void {
    const writable = this.getWritable();
    if (field === "alt") writable.__alt = value;
    else if (field === "caption") writable.__caption = value;
    else writable.__credit = value;
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
      <FigureView
        nodeKey={this.getKey()}
        src={this.__picture.src ?? ""}
        image={this.__picture.image ?? ""}
        width={this.__picture.width}
        height={this.__picture.height}
        alt={this.__alt}
        caption={this.__caption}
        credit={this.__credit}
      />
    );
  }
}

export function $createFigureNode(picture: FigurePicture, alt = "", caption = "", credit = ""): FigureNode {
  return new FigureNode(picture, alt, caption, credit);
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
