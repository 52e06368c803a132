/** How text output should look: decided by the caller from its terminal, never read here. */
export interface RenderOptions {
  /** ANSI colour and emphasis; only for a terminal that asked for it. */
  color: boolean;
  /** Column to wrap long lines at; no wrapping when absent (pipes, files). */
  width?: number | undefined;
}

/** Emphasis helpers that degrade to plain text when colour is off. */
export interface TextStyle {
  heading(text: string): string;
  quote(text: string): string;
  muted(text: string): string;
  accent(text: string): string;
  warning(text: string): string;
}

const PLAIN: TextStyle = {
  heading: (text) => text,
  quote: (text) => text,
  muted: (text) => text,
  accent: (text) => text,
  warning: (text) => text,
};

const sgr = (open: string, close: string) => (text: string) =>
  text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`;

const ANSI: TextStyle = {
  heading: sgr('1', '22'),
  quote: sgr('3', '23'),
  muted: sgr('2', '22'),
  accent: sgr('36', '39'),
  warning: sgr('33', '39'),
};

/** The style for the given options. */
export function textStyle(options: RenderOptions): TextStyle {
  return options.color ? ANSI : PLAIN;
}
