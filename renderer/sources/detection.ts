// Detection in the open editor: finding suggestions, and accepting or rejecting them.
import type { LexicalEditor } from "lexical";
import type { Source } from "../../shared/api/sourceSchemas.ts";
import { detectQuotes, type DetectedQuote } from "../../shared/quotes/index.ts";
import { client } from "../client/index.ts";
import { $editorText, $taggedRanges, $wrapRange } from "./editorQuotes.ts";
import { quoteFingerprint } from "./fingerprint.ts";
import type { SourcesModel, SuggestionView } from "./sourcesModel.ts";
import {
  matchSpeaker,
  partsOf,
  pendingSuggestions,
  sourceNameFor,
  speakerOptions,
  speakerSearchWords,
} from "./suggestions.ts";

function readEditor(editor: LexicalEditor) {
  return editor.getEditorState().read(() => ({ text: $editorText(), tagged: $taggedRanges() }));
}

/** Library sources that might be any of these speakers (searched by given name and surname). */
async function candidatesFor(speakers: string[], known: Source[]): Promise<Source[]> {
  const queries = [...new Set(speakers.flatMap(speakerSearchWords))].slice(0, 1000);
  // One call for every word: a long story offers hundreds of speakers, and a request each kept
  // the page busy issuing them and taking the answers in.
  const found = queries.length
    ? await client["sources.findEach"]({ queries, limit: 50 }).catch(() => [] as Source[])
    : [];
  const byId = new Map(known.map((s) => [s.id, s]));
  for (const s of found) byId.set(s.id, s);
  return [...byId.values()];
}

/** Runs detection on the editor's text and stores what the editor has not dealt with yet. */
export async function detectSuggestions(editor: LexicalEditor, model: SourcesModel): Promise<number> {
  const { text, tagged } = readEditor(editor);
  const rejected = new Set(await client["suggestions.rejected"]({ articleId: model.articleId }));
  const pending = pendingSuggestions(detectQuotes(text), rejected, tagged);
  // The library is searched for every speaker offered, the ranking's next candidates included.
  const offered = (q: DetectedQuote): string[] => [
    ...(q.speaker ? [q.speaker] : []),
    ...(q.candidates ?? []).slice(0, 3).map((c) => c.name),
  ];
  const speakers = [...new Set(pending.flatMap((s) => offered(s.quote)))];
  const candidates = await candidatesFor(speakers, model.getState().sources);
  const suggestions: SuggestionView[] = pending.map((s) => {
    const { options, confident } = speakerOptions(s.quote, (name) => matchSpeaker(name, candidates));
    return { ...s, match: s.quote.speaker ? (options[0]?.match ?? null) : null, options, confident };
  });
  model.set({ suggestions, detected: true });
  return suggestions.length;
}

/** The source a suggestion goes to: the chosen one, the matched one, or a new one. */
async function sourceFor(
  s: SuggestionView,
  model: SourcesModel,
  created: Source[],
  chosen?: Source,
): Promise<string | null> {
  if (chosen) return chosen.id;
  if (s.match) return s.match.id;
  const speaker = s.quote.speaker;
  if (!speaker) return null;
  // Several quotes by one new speaker make one new source, not several.
  const again = matchSpeaker(speaker, created);
  if (again) return again.id;
  const social = s.quote.channel ? { reachedVia: "social-media" as const, platform: s.quote.channel } : {};
  const source = await client["sources.create"]({
    name: sourceNameFor(speaker),
    kind: s.quote.speakerKind === "body" ? "body" : "person",
    articleId: model.articleId,
    ...social,
  });
  created.push(source);
  model.rememberName(source);
  return source.id;
}

/**
 * Tags the suggested quotes, each with its source (created when new), in one editor
 * update (one undo step). Offsets come from a fresh detection, so edits made since the
 * suggestions were shown do not misplace the tags. Returns how many were tagged.
 */
export async function acceptSuggestions(
  editor: LexicalEditor,
  model: SourcesModel,
  chosenList: SuggestionView[],
  chosen?: Source,
): Promise<number> {
  if (chosen) model.rememberName(chosen);
  const created: Source[] = [];
  const plan: { fingerprint: string; sourceId: string }[] = [];
  for (const s of chosenList) {
    const sourceId = await sourceFor(s, model, created, chosen);
    if (sourceId) plan.push({ fingerprint: s.fingerprint, sourceId });
  }
  for (const s of chosenList) if (s.match) model.rememberName(s.match);

  const { text } = readEditor(editor);
  const fresh = new Map<string, DetectedQuote>();
  for (const q of detectQuotes(text)) fresh.set(quoteFingerprint(q.text), q);

  const tagged = new Set<string>();
  editor.update(() => {
    for (const { fingerprint, sourceId } of plan) {
      const quote = fresh.get(fingerprint);
      if (!quote) continue;
      const tag = { quoteId: crypto.randomUUID(), sourceId, status: "confirmed" as const, kind: quote.kind };
      let any = false;
      for (const part of partsOf(quote)) any = $wrapRange(part, tag) || any;
      if (any) tagged.add(fingerprint);
    }
  });
  model.set({ suggestions: model.getState().suggestions.filter((s) => !tagged.has(s.fingerprint)) });
  if (created.length) void model.refresh();
  return tagged.size;
}

/** Rejects a suggestion for this article, for good. */
export async function rejectSuggestion(model: SourcesModel, s: SuggestionView): Promise<void> {
  await client["suggestions.reject"]({ articleId: model.articleId, fingerprint: s.fingerprint });
  model.set({ suggestions: model.getState().suggestions.filter((x) => x.fingerprint !== s.fingerprint) });
}
