import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { numberContents } from '../../../electron/contentsPageNumbers';

/**
 * A PDF shaped as Chromium prints the report: page 1 holds the 目录 rows as link annotations with
 * named destinations (the catalog's /Dests), each row's text on the left and its slot free on the right.
 */
async function printedReport(rows: { text: string; dest: string; page: number }[], pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = Array.from({ length: pageCount }, () => doc.addPage([595, 842]));
  const dests = doc.context.obj({});
  const annots = rows.map((row, i) => {
    const y = 760 - i * 14.25;
    pages[0]!.drawText(row.text, { x: 60, y: y + 3.5, size: 9.5, font });
    dests.set(PDFName.of(row.dest), doc.context.obj([pages[row.page - 1]!.ref, PDFName.of('XYZ'), 0, 842, 0]));
    return doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [58.5, y, 280, y + 14.25], Dest: PDFName.of(row.dest) }));
  });
  pages[0]!.node.set(PDFName.of('Annots'), doc.context.obj(annots));
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  return doc.save();
}

function textOf(pdf: Uint8Array, page: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kp-contents-')), 'r.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
}

describe('the 目录’s page numbers', () => {
  it('writes, at the end of each row, the page its link leads to', async () => {
    const pdf = await printedReport(
      [
        { text: 'Summary', dest: 'kp-summary', page: 2 },
        { text: 'Matrix', dest: 'kp-matrix', page: 3 },
        { text: 'Huadong Grid', dest: 'kp-account-a1', page: 5 },
      ],
      6,
    );
    const lines = textOf(await numberContents(pdf), 1)
      .split('\n')
      .map((l) => l.trim().replace(/\s+/g, ' '))
      .filter(Boolean);
    expect(lines).toEqual(['Summary 2', 'Matrix 3', 'Huadong Grid 5']);
  });

  it('keeps the outline, the pages and their text', async () => {
    const pdf = await printedReport([{ text: 'Summary', dest: 'kp-summary', page: 2 }], 3);
    const numbered = await PDFDocument.load(await numberContents(pdf));
    expect(numbered.getPageCount()).toBe(3);
    expect(numbered.catalog.get(PDFName.of('Dests'))).toBeDefined();
  });

  it('leaves a PDF without a 目录 as it was', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const pdf = await doc.save();
    expect(await numberContents(pdf)).toBe(pdf);
  });
});
