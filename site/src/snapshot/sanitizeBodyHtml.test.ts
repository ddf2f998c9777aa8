import { describe, expect, it } from 'vitest';
import { sanitizeBodyHtml } from './sanitizeBodyHtml.ts';

describe('sanitizeBodyHtml', () => {
  it('keeps the editor’s structure and links', () => {
    const html = '<p>Ve a <a href="https://example.org/">la oficina</a>.</p><ul><li><strong>Lunes</strong></li></ul>';
    expect(sanitizeBodyHtml(html)).toBe(html);
  });

  it('removes scripts, event handlers, styles and images that would track readers', () => {
    const html = '<p onclick="steal()" style="color:red">Hola<script>steal()</script><img src="https://tracker.example/p.gif"></p>';
    expect(sanitizeBodyHtml(html)).toBe('<p>Hola</p>');
  });

  it('drops javascript: links', () => {
    expect(sanitizeBodyHtml('<a href="javascript:steal()">clic</a>')).toBe('<a>clic</a>');
  });

  it('moves headings below the page’s own section heading', () => {
    expect(sanitizeBodyHtml('<h1>A</h1><h2>B</h2><h3>C</h3>')).toBe('<h3>A</h3><h3>B</h3><h4>C</h4>');
  });
});
