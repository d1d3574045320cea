import type { SheetRow, SheetSummary } from '@ptce/core';
import { sheetCountsText, sheetQuorumText, sheetStatusText } from './sheet-texts.js';
import { winAnsiText } from './win-ansi-text.js';

/** What the printed feuille d'émargement says. */
export interface SheetDocument {
  /** The PTCE's name, above the title. */
  readonly ptce: string;
  /** The body or group that met. */
  readonly body: string;
  /** The meeting's date in French (« jeudi 3 décembre 2026 de 14 h à 16 h 30 »). */
  readonly when: string;
  readonly place?: string;
  readonly rows: readonly SheetRow[];
  readonly summary: SheetSummary;
  /** « Feuille confirmée le … par … », at the foot. */
  readonly confirmed?: string;
  /** When it was made: the PDF's creation date, so the same sheet gives the same file. */
  readonly createdAt: Date;
}

const MARGIN = 40;
const COLUMNS = [
  { title: 'Structure', width: 140 },
  { title: 'Nom', width: 130 },
  { title: 'Statut', width: 115 },
  { title: 'Signature', width: 130 },
] as const;
const TABLE_WIDTH = COLUMNS.reduce((w, c) => w + c.width, 0);
const PAD = 5;
/** Room to sign by hand: about 1.2 cm. */
const MIN_ROW_HEIGHT = 34;
const BODY_SIZE = 9.5;

/**
 * The feuille d'émargement as a printable A4 PDF (pdfkit, standard Helvetica): the PTCE, the body,
 * the meeting's date and place, a table of structure, name and status with an empty signature
 * column tall enough to sign, the header repeated on each page, and at the foot the counts and
 * the quorum. Text the standard fonts cannot show is degraded by {@link winAnsiText}.
 *
 * @param sheet - What the sheet says.
 * @returns The PDF file.
 */
export async function sheetPdf(sheet: SheetDocument): Promise<Buffer> {
  // pdfkit and its fonts take some 15 MiB: a bot that never prints a sheet never loads them.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: winAnsiText(`Feuille d’émargement — ${sheet.body}, ${sheet.when}`),
      Author: winAnsiText(sheet.ptce),
      Creator: 'ptce',
      CreationDate: sheet.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const text = (value: string) => winAnsiText(value);
  const bottom = () => doc.page.height - MARGIN;

  doc.font('Helvetica').fontSize(9).fillColor('#555555').text(text(sheet.ptce));
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(18).fillColor('black').text('Feuille d’émargement');
  doc.moveDown(0.2).fontSize(13).text(text(sheet.body));
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(text(sheet.place ? `${sheet.when} — ${sheet.place}` : sheet.when));
  doc.moveDown(1);

  const header = () => {
    const y = doc.y;
    doc.rect(MARGIN, y, TABLE_WIDTH, 20).fillAndStroke('#e8e8e8', '#999999');
    doc.fillColor('black').font('Helvetica-Bold').fontSize(BODY_SIZE);
    let x = MARGIN;
    for (const column of COLUMNS) {
      doc.text(column.title, x + PAD, y + 6, { width: column.width - 2 * PAD, lineBreak: false });
      x += column.width;
    }
    doc.y = y + 20;
  };
  header();
  doc.font('Helvetica').fontSize(BODY_SIZE);
  for (const row of sheet.rows) {
    const cells = [row.structure?.name ?? '', row.name ?? '', sheetStatusText(row, sheet.rows), ''].map(text);
    const height = Math.max(
      MIN_ROW_HEIGHT,
      ...cells.map((cell, i) => doc.heightOfString(cell, { width: COLUMNS[i]!.width - 2 * PAD }) + 2 * PAD),
    );
    if (doc.y + height > bottom()) {
      doc.addPage();
      header();
      doc.font('Helvetica').fontSize(BODY_SIZE);
    }
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = COLUMNS[i]!.width;
      doc.rect(x, y, width, height).stroke('#999999');
      if (cell !== '') doc.fillColor('black').text(cell, x + PAD, y + PAD, { width: width - 2 * PAD });
      x += width;
    });
    doc.x = MARGIN;
    doc.y = y + height;
  }

  const foot = [
    sheetCountsText(sheet.summary),
    sheetQuorumText(sheet.summary),
    ...(sheet.confirmed ? [sheet.confirmed] : []),
  ];
  doc.font('Helvetica').fontSize(10);
  const footHeight = foot.reduce(
    (h, line) => h + doc.heightOfString(text(line), { width: TABLE_WIDTH }) + 4,
    12,
  );
  if (doc.y + footHeight > bottom()) doc.addPage();
  doc.x = MARGIN;
  doc.moveDown(1);
  for (const line of foot) doc.text(text(line), MARGIN, doc.y, { width: TABLE_WIDTH }).moveDown(0.3);
  doc.end();
  return done;
}
