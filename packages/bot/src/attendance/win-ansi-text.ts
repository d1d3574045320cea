// The characters of WinAnsiEncoding above Latin-1's printable range (pdfkit's own table).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

// Spaces and dashes French typography uses that WinAnsi lacks, and their nearest WinAnsi kin.
const NEAREST: Readonly<Record<string, string>> = {
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u2011': '-',
  '\u2010': '-',
  '\u2212': '-',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char);
}

/**
 * Text that the PDF standard fonts (Helvetica, in WinAnsiEncoding) can show: French accents, the
 * middle dot of « présent·e », curly quotes and dashes stay; a character WinAnsi lacks loses its
 * accent or its ligature when it has one (« Łódź » becomes « Lódz », « ﬁ » « fi »), narrow spaces
 * become spaces, and anything else (an emoji, another script) becomes « ? », never a garbled glyph.
 *
 * @param text - Any text.
 * @returns The text in WinAnsi characters only.
 * @example
 * winAnsiText('Répare & Vous · Łódź 🎉')
 * //=> 'Répare & Vous · Lódz ?'
 */
export function winAnsiText(text: string): string {
  let out = '';
  for (const char of text) {
    if (encodable(char)) out += char;
    else if (NEAREST[char] !== undefined) out += NEAREST[char];
    else if (char === '\n' || char === '\t') out += ' ';
    else {
      const bare = char.normalize('NFKD').replace(/\p{M}/gu, '');
      const folded = bare === char ? (FOLDED[char] ?? '?') : bare;
      out += [...folded].every(encodable) ? folded : '?';
    }
  }
  return out;
}

// Letters without a decomposition that still have a plain Latin look-alike.
const FOLDED: Readonly<Record<string, string>> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', ß: 'ss' };
