// A tagged quotation: an inline element around the quoted words that ties them to a
// quote record and a source. Drawn subtly; its look follows its status (suggested,
// confirmed) and whether review has flagged it. Serialized as shared/document's
// QuotationNodeJSON, which detection, review and export read without Lexical.
import {
  $applyNodeReplacement,
  type EditorConfig,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from "lexical";
import type { QuotationStatus, QuoteKind } from "../../../shared/document/nodes.ts";

/** A full-sentence quotation or a fragment; undefined lets readers infer it from the words. */
export type QuotationKind = QuoteKind;

export type SerializedQuotationNode = Spread<
  { quoteId: string; sourceId: string | null; status: QuotationStatus; kind?: QuotationKind },
  SerializedElementNode
>;

export class QuotationNode extends ElementNode {
  __quoteId: string;
  __sourceId: string | null;
  __status: QuotationStatus;
  __kind: QuotationKind | undefined;

  static getType(): string {
    return "quotation";
  }

  static clone(node: QuotationNode): QuotationNode {
    return new QuotationNode(node.__quoteId, node.__sourceId, node.__status, node.__kind, node.__key);
  }

  static importJSON(json: SerializedQuotationNode): QuotationNode {
    return $createQuotationNode(
      json.quoteId,
      json.sourceId ?? null,
      json.status ?? "suggested",
      json.kind === "full" || json.kind === "partial" ? json.kind : undefined,
    ).updateFromJSON(json);
  }

  constructor(
    quoteId = "",
    sourceId: string | null = null,
    status: QuotationStatus = "suggested",
    kind?: QuotationKind,
    key?: NodeKey,
  ) {
    super(key);
    this.__quoteId = quoteId;
    this.__sourceId = sourceId;
    this.__status = status;
    this.__kind = kind;
  }

  updateFromJSON(json: LexicalUpdateJSON<SerializedQuotationNode>): this {
    return super.updateFromJSON(json);
  }

  exportJSON(): SerializedQuotationNode {
    return {
      ...super.exportJSON(),
      type: "quotation",
      quoteId: this.__quoteId,
      sourceId: this.__sourceId,
      status: this.__status,
      // Only when known: older bodies without it keep inferring the kind from the words.
      ...(this.__kind ? { kind: this.__kind } : {}),
    };
  }

  createDOM(config: EditorConfig): HTMLElement {
    const span = document.createElement("span");
    span.className = config.theme.quotation ?? "quotation";
    this.decorate(span);
    return span;
  }

  updateDOM(prev: this, dom: HTMLElement): boolean {
    if (
      prev.__sourceId !== this.__sourceId ||
      prev.__status !== this.__status ||
      prev.__quoteId !== this.__quoteId ||
      prev.__kind !== this.__kind
    ) {
      this.decorate(dom);
    }
    return false;
  }

  private decorate(span: HTMLElement): void {
    span.dataset.quoteId = this.__quoteId;
    span.dataset.status = this.__status;
    if (this.__sourceId) span.dataset.sourceId = this.__sourceId;
    else delete span.dataset.sourceId;
    if (this.__kind) span.dataset.kind = this.__kind;
    else delete span.dataset.kind;
  }

  getQuoteId(): string {
    return this.getLatest().__quoteId;
  }
  getSourceId(): string | null {
    return this.getLatest().__sourceId;
  }
  getStatus(): QuotationStatus {
    return this.getLatest().__status;
  }
  getKind(): QuotationKind | undefined {
    return this.getLatest().__kind;
  }
  setKind(kind: QuotationKind | undefined): this {
    const writable = this.getWritable();
    writable.__kind = kind;
    return writable;
  }
  setSource(sourceId: string | null, status: QuotationStatus): this {
    const writable = this.getWritable();
    writable.__sourceId = sourceId;
    writable.__status = status;
    return writable;
  }
  setQuoteId(quoteId: string): this {
    const writable = this.getWritable();
    writable.__quoteId = quoteId;
    return writable;
  }

  isInline(): true {
    return true;
  }
  canBeEmpty(): false {
    return false;
  }
  // Typing at either edge continues outside the tag, not inside the quotation.
  canInsertTextBefore(): false {
    return false;
  }
  canInsertTextAfter(): false {
    return false;
  }
  insertNewAfter(_selection: RangeSelection, restoreSelection = true): null | ElementNode {
    const parent = this.getParentOrThrow().insertNewAfter(_selection, restoreSelection);
    return parent as ElementNode | null;
  }
  extractWithChild(): boolean {
    return true;
  }
}

export function $createQuotationNode(
  quoteId: string,
  sourceId: string | null,
  status: QuotationStatus,
  kind?: QuotationKind,
): QuotationNode {
  return $applyNodeReplacement(new QuotationNode(quoteId, sourceId, status, kind));
}

export function $isQuotationNode(node: LexicalNode | null | undefined): node is QuotationNode {
  return node instanceof QuotationNode;
}
