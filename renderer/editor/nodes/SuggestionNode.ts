// A suggested edit in the editor: an inline element around the words an editor proposes to add
// (InsertionNode, drawn as <ins>) or to take out (DeletionNode, <del>, struck through), with who
// suggested it and when. Everything about it lives on the node and serializes to JSON
// (shared/document's SuggestionNodeJSON, checked by the body schema), so it travels through
// autosave, revisions, copy and paste and co-editing with the words. See
// renderer/editor/plugins/Suggestions for typing in Suggesting mode and for accept/reject.
import {
  $applyNodeReplacement,
  type DOMExportOutput,
  type EditorConfig,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type SerializedLexicalNode,
  type Spread,
} from "lexical";
import type { SuggestionType } from "../../../shared/document/nodes.ts";

/** Who suggested, and when; the id is shared by the parts of one suggestion across paragraphs. */
export interface SuggestionMeta {
  suggestionId: string;
  author: string;
  initials: string;
  at: string;
}

export type SerializedSuggestionNode = Spread<SuggestionMeta, SerializedElementNode>;

const NO_ONE: SuggestionMeta = { suggestionId: "", author: "", initials: "", at: "" };

/** "Ana Ruiz, 3 Dec 16:05" as a suggestion's label says it. */
export function describeSuggestion(meta: SuggestionMeta): string {
  const when = new Date(meta.at);
  const time = Number.isNaN(when.getTime())
    ? ""
    : when.toLocaleString(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return [meta.author || "Someone", time].filter(Boolean).join(", ");
}

abstract class SuggestionNode extends ElementNode {
  // Flat, plain properties: what @lexical/yjs syncs between desks as the node's attributes.
  __suggestionId: string;
  __author: string;
  __initials: string;
  __at: string;

  constructor(meta: SuggestionMeta = NO_ONE, key?: NodeKey) {
    super(key);
    this.__suggestionId = meta.suggestionId;
    this.__author = meta.author;
    this.__initials = meta.initials;
    this.__at = meta.at;
  }

  abstract kind(): "insert" | "delete";

  getMeta(): SuggestionMeta {
    return this.getLatest().ownMeta();
  }
  /** This version's fields as they stand (no lookup of the latest version: safe in clone). */
  ownMeta(): SuggestionMeta {
    return {
      suggestionId: this.__suggestionId,
      author: this.__author,
      initials: this.__initials,
      at: this.__at,
    };
  }
  getSuggestionId(): string {
    return this.getLatest().__suggestionId;
  }
  setMeta(meta: SuggestionMeta): this {
    const writable = this.getWritable();
    writable.__suggestionId = meta.suggestionId;
    writable.__author = meta.author;
    writable.__initials = meta.initials;
    writable.__at = meta.at;
    return writable;
  }

  exportJSON(): SerializedSuggestionNode {
    return {
      ...super.exportJSON(),
      type: this.getType() satisfies string as SuggestionType,
      ...this.ownMeta(),
    };
  }

  updateFromJSON(json: LexicalUpdateJSON<SerializedSuggestionNode>): this {
    return super.updateFromJSON(json);
  }

  createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement(this.kind() === "insert" ? "ins" : "del");
    element.className =
      (this.kind() === "insert" ? config.theme.suggestInsert : config.theme.suggestDelete) ?? "";
    this.decorate(element);
    return element;
  }

  updateDOM(prev: this, dom: HTMLElement): boolean {
    const changed = (["__suggestionId", "__author", "__initials", "__at"] as const).some(
      (k) => prev[k] !== this[k],
    );
    if (changed) this.decorate(dom);
    return false;
  }

  private decorate(element: HTMLElement): void {
    element.dataset.suggestionId = this.__suggestionId;
    element.dataset.initials = this.__initials;
    element.title = `${this.kind() === "insert" ? "Inserted" : "Deleted"} by ${describeSuggestion(this.ownMeta())}`;
  }

  /** Copied out to another program as <ins>/<del> with who and when. */
  exportDOM(): DOMExportOutput {
    const element = document.createElement(this.kind() === "insert" ? "ins" : "del");
    if (this.__at) element.setAttribute("datetime", this.__at);
    element.title = `Suggested by ${this.__author}`;
    return { element };
  }

  isInline(): true {
    return true;
  }
  canBeEmpty(): false {
    return false;
  }
  // Typing at an edge goes outside; in Suggesting mode the plugin decides where words go.
  canInsertTextBefore(): false {
    return false;
  }
  canInsertTextAfter(): false {
    return false;
  }
  extractWithChild(): boolean {
    return true;
  }
}

export class InsertionNode extends SuggestionNode {
  static getType(): string {
    return "suggestion-insert";
  }
  static clone(node: InsertionNode): InsertionNode {
    return new InsertionNode(node.ownMeta(), node.__key);
  }
  static importJSON(json: SerializedLexicalNode): InsertionNode {
    const suggestion = json as SerializedSuggestionNode;
    return $createInsertionNode(metaOf(suggestion)).updateFromJSON(suggestion);
  }
  kind(): "insert" {
    return "insert";
  }
}

export class DeletionNode extends SuggestionNode {
  static getType(): string {
    return "suggestion-delete";
  }
  static clone(node: DeletionNode): DeletionNode {
    return new DeletionNode(node.ownMeta(), node.__key);
  }
  static importJSON(json: SerializedLexicalNode): DeletionNode {
    const suggestion = json as SerializedSuggestionNode;
    return $createDeletionNode(metaOf(suggestion)).updateFromJSON(suggestion);
  }
  kind(): "delete" {
    return "delete";
  }
}

function metaOf(json: SerializedSuggestionNode): SuggestionMeta {
  const { suggestionId, author, initials, at } = json;
  return { suggestionId, author, initials, at };
}

export function $createInsertionNode(meta: SuggestionMeta): InsertionNode {
  return $applyNodeReplacement(new InsertionNode(meta));
}

export function $createDeletionNode(meta: SuggestionMeta): DeletionNode {
  return $applyNodeReplacement(new DeletionNode(meta));
}

export function $isInsertionNode(node: LexicalNode | null | undefined): node is InsertionNode {
  return node instanceof InsertionNode;
}

export function $isDeletionNode(node: LexicalNode | null | undefined): node is DeletionNode {
  return node instanceof DeletionNode;
}

export function $isSuggestionNode(
  node: LexicalNode | null | undefined,
): node is InsertionNode | DeletionNode {
  return $isInsertionNode(node) || $isDeletionNode(node);
}

/** The suggestion a node sits in (the nearest one up the tree), or null. */
export function $suggestionOf(node: LexicalNode | null): InsertionNode | DeletionNode | null {
  for (let at = node; at; at = at.getParent()) if ($isSuggestionNode(at)) return at;
  return null;
}
