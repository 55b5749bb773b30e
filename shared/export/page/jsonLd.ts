// schema.org NewsArticle for search engines and aggregators, optionally with the story's
// confirmed quotations as Quotation parts attributed to their speakers.
import { authorNames } from "../byline.ts";
import { correctionJsonLd } from "../corrections.ts";
import type { PreparedArticle } from "../prepare.ts";
import { publishedQuotations } from "../quotations.ts";
import type { ExportSource } from "../types.ts";
import { absoluteHttpUrl } from "../url.ts";
import { firstImage } from "./headMeta.ts";

type Json = { [key: string]: unknown };

// Only the public face of a source: name, title and organisation. Never contact notes.
function speaker(source: ExportSource): Json {
  const person: Json = { "@type": "Person", name: source.name };
  if (source.title.trim()) person.jobTitle = source.title.trim();
  if (source.organization.trim())
    person.affiliation = { "@type": "Organization", name: source.organization.trim() };
  return person;
}

export function newsArticleJsonLd(
  article: PreparedArticle,
  sources: readonly ExportSource[],
  options: { quotationJsonLd: boolean; canonicalUrl: string | null },
): Json {
  const url = absoluteHttpUrl(options.canonicalUrl);
  const image = firstImage(article);
  const data: Json = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
  };
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== "" && !(Array.isArray(value) && value.length === 0)) data[key] = value;
  };
  set("description", article.dek);
  set(
    "author",
    authorNames(article.byline).map((name) => ({ "@type": "Person", name })),
  );
  set("dateline", article.dateline);
  set("datePublished", article.publishedAt);
  set("dateModified", article.updatedAt);
  set("dateCreated", article.createdAt);
  set("articleSection", article.section);
  set("keywords", article.tags);
  data.wordCount = article.wordCount;
  set("inLanguage", article.language);
  set("url", url);
  set("mainEntityOfPage", url);
  set("image", image);
  set("correction", correctionJsonLd(article.corrections));
  if (options.quotationJsonLd) {
    set(
      "hasPart",
      publishedQuotations(article.body, sources).map((q) => {
        const quotation: Json = { "@type": "Quotation", text: q.text };
        if (q.source) {
          quotation.spokenByCharacter = speaker(q.source);
          quotation.creator = speaker(q.source);
        }
        return quotation;
      }),
    );
  }
  return data;
}
