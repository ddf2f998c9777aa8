/**
 * Puts values into a site string's `{name}` placeholders in the browser (the build's translator, `strings.ts`,
 * refuses a missing value instead). A placeholder without a value is left as written. A function replacement, so
 * `$&` or `$'` in a reader's text (a search) is kept as typed.
 */
export function fillPlaceholders(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
