// Quote detection over the story's text, as the detection worker and the in-page fallback
// both run it (a few hundred ms on a 50,000-word story: not on the page's thread if it can help).
import { detectQuotes, type DetectedQuote } from "../../shared/quotes/index.ts";

export interface DetectionRequest {
  generation: number;
  text: string;
}

export interface DetectionResult {
  generation: number;
  quotes: DetectedQuote[];
}

export function runDetection({ generation, text }: DetectionRequest): DetectionResult {
  return { generation, quotes: detectQuotes(text) };
}
