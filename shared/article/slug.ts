// Slugs name an article in URLs and export file names: lowercase ASCII words joined by hyphens.

export function slugify(headline: string): string {
  const slug = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // drop accents: "Café" -> "cafe"
    .toLowerCase()
    .replace(/['’]/g, "") // "Armenia's" -> "armenias", not "armenia-s"
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "untitled";
}

/** The first of slug, slug-2, slug-3… that `taken` does not report as used. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
