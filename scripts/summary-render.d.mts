// Types of scripts/summary-render.mjs, for the summary render tests.
export const ROOT: string;

export interface SummaryDocument {
  id: string;
  markdown: string;
}

export interface RenderedChart {
  /** The ```mermaid block's text. */
  source: string;
  /** Mermaid's parse or render error; null when the chart was drawn. */
  error: string | null;
  /** The gantt axis labels, left to right, as the SVG shows them. */
  ticks: string[];
  svg: string;
}

export interface RenderedDocument {
  id: string;
  /** The document's HTML after marked and Mermaid (charts as inline SVG). */
  html: string;
  /** What a reader sees as text (the page's innerText). */
  text: string;
  charts: RenderedChart[];
}

export interface RenderedPage {
  docs: RenderedDocument[];
  /** The page's time zone as the browser reports it (Intl). */
  timeZone: string;
  width: number;
  height: number;
  /** URLs the page asked for that are neither local files nor inline data: none, or something reached out. */
  requests: string[];
}

export function chromiumPath(): string | undefined;
export function chromiumFlags(profileDir: string): string[];
export function summaryPage(documents: readonly SummaryDocument[], opts?: { width?: number }): string;
export function staticPage(rendered: RenderedDocument, opts?: { width?: number }): string;
export function renderPages(
  pages: readonly { file: string; timeZone?: string }[],
  opts?: { env?: Record<string, string> },
): Promise<RenderedPage[]>;
export function screenshot(file: string, png: string, size: { width: number; height: number }): Promise<void>;
