// A suggested edit in the editor: an inline element around the words an editor proposes to add
// (InsertionNode, drawn as <ins>), to take out (DeletionNode, <del>, struck through), or to
// format differently (FormatChangeNode, the words already showing the change), with who
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
import { TEXT_FORMAT, type SuggestionType, type TextFormatName } from "../../../shared/document/nodes.ts";
import { formatChange } from "../../../shared/document/suggestions.ts";

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

  abstract kind(): "insert" | "delete" | "format";

  /** How the part is drawn: <ins>, <del>, or the formatted words in a <span>. */
  private tag(): string {
    return { insert: "ins", delete: "del", format: "span" }[this.kind()];
  }
  /** "Inserted", "Deleted", or "Bold" as the part's title says it. */
  protected label(): string {
    return this.kind() === "insert" ? "Inserted" : "Deleted";
  }

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

  exportJSON(): SerializedSuggestionNode & Partial<FormatFields> {
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
    const element = document.createElement(this.tag());
    const theme = {
      insert: config.theme.suggestInsert,
      delete: config.theme.suggestDelete,
      format: config.theme.suggestFormat,
    };
    element.className = theme[this.kind()] ?? "";
    this.decorate(element);
    return element;
  }

  updateDOM(prev: this, dom: HTMLElement): boolean {
    const changed = (["__suggestionId", "__author", "__initials", "__at"] as const).some(
      (k) => prev[k] !== this[k],
    );
    if (changed || prev.label() !== this.label()) this.decorate(dom);
    return false;
  }

  private decorate(element: HTMLElement): void {
    element.dataset.suggestionId = this.__suggestionId;
    element.dataset.initials = this.__initials;
    element.title = `${this.label()} by ${describeSuggestion(this.ownMeta())}`;
  }

  /** Copied out to another program as <ins>/<del> (or the formatted words) with who and when. */
  exportDOM(): DOMExportOutput {
    const element = document.createElement(this.tag());
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

/** What a formatting suggestion changes: one format, put on or taken off. */
export interface FormatFields {
  suggestedFormat: TextFormatName;
  formatOn: boolean;
}

export class FormatChangeNode extends SuggestionNode {
  __suggestedFormat: TextFormatName;
  __formatOn: boolean;

  constructor(
    meta: SuggestionMeta = NO_ONE,
    change: FormatFields = { suggestedFormat: "bold", formatOn: true },
    key?: NodeKey,
  ) {
    super(meta, key);
    this.__suggestedFormat = change.suggestedFormat;
    this.__formatOn = change.formatOn;
  }
  static getType(): string {
    return "suggestion-format";
  }
  static clone(node: FormatChangeNode): FormatChangeNode {
    return new FormatChangeNode(node.ownMeta(), node.ownChange(), node.__key);
  }
  static importJSON(json: SerializedLexicalNode): FormatChangeNode {
    const suggestion = json as SerializedSuggestionNode & Partial<FormatFields>;
    const suggestedFormat =
      suggestion.suggestedFormat && suggestion.suggestedFormat in TEXT_FORMAT
        ? suggestion.suggestedFormat
        : "bold";
    return $createFormatChangeNode(metaOf(suggestion), {
      suggestedFormat,
      formatOn: suggestion.formatOn !== false,
    }).updateFromJSON(suggestion);
  }
  kind(): "format" {
    return "format";
  }
  protected label(): string {
    const change = formatChange(this.__suggestedFormat, this.__formatOn);
    return change[0].toUpperCase() + change.slice(1);
  }
  ownChange(): FormatFields {
    return { suggestedFormat: this.__suggestedFormat, formatOn: this.__formatOn };
  }
  getChange(): FormatFields {
    return this.getLatest().ownChange();
  }
  exportJSON(): SerializedSuggestionNode & FormatFields {
    return { ...super.exportJSON(), ...this.ownChange() };
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

export function $createFormatChangeNode(meta: SuggestionMeta, change: FormatFields): FormatChangeNode {
  return $applyNodeReplacement(new FormatChangeNode(meta, change));
}

export function $isFormatChangeNode(node: LexicalNode | null | undefined): node is FormatChangeNode {
  return node instanceof FormatChangeNode;
}

/** Any part of a pending suggestion. */
export type SuggestionPart = InsertionNode | DeletionNode | FormatChangeNode;

export function $isInsertionNode(node: LexicalNode | null | undefined): node is InsertionNode {
  return node instanceof InsertionNode;
}

export function $isDeletionNode(node: LexicalNode | null | undefined): node is DeletionNode {
  return node instanceof DeletionNode;
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionPart {
  return $isInsertionNode(node) || $isDeletionNode(node) || $isFormatChangeNode(node);
}

/** The suggestion a node sits in (the nearest one up the tree), or null. */
export function $suggestionOf(node: LexicalNode | null): SuggestionPart | null {
  for (let at = node; at; at = at.getParent()) if ($isSuggestionNode(at)) return at;
  return null;
}
