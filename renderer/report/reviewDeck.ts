/**
 * The review pack's PowerPoint deck (pptxgenjs), 16:9, one idea per slide: cover; the portfolio's
 * figures; target / weighted / won by owner as a native bar chart (editable in PowerPoint and WPS);
 * the customer-analysis matrix as a native scatter chart with account names on the points; per
 * account its plan, its decision chain drawn as shapes and lines (each card editable, not one flat
 * picture) and its opportunities and money; then risks and asks. Speaker notes carry the figures'
 * definitions. It reads only the review model, so what is redacted there is absent here.
 *
 * Fonts: a .pptx cannot carry fonts through pptxgenjs, so the deck names 微软雅黑 (Microsoft YaHei),
 * which every Chinese office PC has and WPS maps on Linux and macOS; every run also names it as its
 * East Asian typeface (<a:ea>), without which PowerPoint on macOS and WPS show CJK as boxes.
 */
import type { TFunction } from 'i18next';
import { asksOf, rankChaptersByRisk, rankRisks, reviewParts, type AccountChapter, type RiskItem } from '../../shared/report/reviewChapters';
import type { ReviewModel } from '../../shared/report/reviewModel';
import type { ReviewRequest } from '../../shared/report/reviewRequest';
import { reportFormat, riskText } from './reportFormat';
import { cover, matrix, ownerChart, summary } from './deck/portfolioSlides';
import { DECK_FONT, DECK_LIMIT, type Deck, NAVY, PPTX_TYPE, ROWS_PER_SLIDE, W, table, tableSlides, titled } from './deck/deckKit';
import { accountSlideCount, accountSlides, detailSlides } from './deck/accountSlides';

/** Every package part that names a Latin typeface names the East Asian one too; the theme's empty ones are filled. */
async function withEastAsianFonts(bytes: ArrayBuffer, lang: string): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    const file = zip.file(name);
    if (!file) continue;
    const xml = await file.async('string');
    const next = xml
      .replace(/<a:latin typeface="([^"]*)"([^>]*)\/>(?!<a:ea)/g, (_m, face: string, rest: string) => `<a:latin typeface="${face}"${rest}/><a:ea typeface="${face}"/>`)
      .replace(/<a:ea typeface=""\/>/g, `<a:ea typeface="${DECK_FONT}"/>`)
      .replace(/lang="en-US"/g, `lang="${lang}"`);
    if (next !== xml) zip.file(name, next);
  }
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' });
}

/** `onProgress`: account chapters drawn so far, of those in the pack. */
export async function reviewDeck(model: ReviewModel, request: ReviewRequest, t: TFunction, onProgress: (done: number, total: number) => void = () => undefined): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = request.preparedBy || 'Keyplan';
  pptx.title = t('review.report.title', { year: model.year });
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const lang = request.language;
  const f = reportFormat(model, t, lang);
  const deck: Deck = { pptx, f, lang, today: model.today, riskMargin: model.riskMarginPercent, text: { fontFace: DECK_FONT, lang } };
  const { chapters, picture, risks } = reviewParts(model);
  let appendixRisks: () => void = () => undefined;
  const on = (s: ReviewRequest['sections'][number]) => request.sections.includes(s);

  // The meeting's deck, at most DECK_LIMIT slides whatever the portfolio: the picture, then the accounts
  // with the most money at risk (plan and chain each), then the top risks and the asks. Everything else —
  // every other account, opportunities and money per account, the full risk list — is in the appendix
  // the person asks for, and always in the workbook.
  const ranked = rankRisks(risks);
  let slides = 0;
  if (on('cover')) {
    cover(deck, model, request);
    slides += 1;
  }
  if (on('summary')) {
    summary(deck, model, picture.overdue, picture.nrr);
    slides += 1;
    if (model.owners.length > 0) {
      ownerChart(deck, model);
      slides += 1;
    }
  }
  if (on('matrix') && chapters.length > 0) {
    matrix(deck, model, chapters);
    slides += 1;
  }
  const closing = on('risks') ? (ranked.length > 0 ? 2 : 1) : 0;
  const shown: AccountChapter[] = [];
  if (on('accounts')) {
    let room = DECK_LIMIT - slides - closing;
    for (const chapter of rankChaptersByRisk(chapters, risks)) {
      const needs = accountSlideCount(chapter);
      if (needs > room) break;
      room -= needs;
      shown.push(chapter);
    }
    shown.forEach((chapter, i) => {
      accountSlides(deck, chapter);
      onProgress(i + 1, request.deckAppendix ? chapters.length : shown.length);
    });
  }
  if (on('risks')) {
    const riskRow = (r: RiskItem) => [f.account(r.accountId), f.t(`review.report.riskKinds.${r.kind}`), riskText(f, r)];
    const riskHeader = [f.t('review.columns.account'), f.t('review.report.riskKind'), f.t('review.report.riskWhat')];
    if (ranked.length > 0) {
      const top = titled(deck, f.t('review.report.topRisks', { count: Math.min(ROWS_PER_SLIDE, ranked.length), total: ranked.length }), f.t('review.report.risksRanked'));
      table(deck, top, riskHeader, ranked.slice(0, ROWS_PER_SLIDE).map(riskRow), [false, false, false]);
    }
    const asks = asksOf(risks);
    const slide = titled(deck, f.t('review.report.asks'));
    slide.addText(asks.length > 0 ? asks.map((a) => ({ text: f.t(`review.report.ask.${a.key}`, { count: a.count, amount: f.money(a.amount) }), options: { ...deck.text, bullet: true, breakLine: true, fontSize: 20 } })) : f.t('review.report.noRisks'), {
      x: 0.8,
      y: 1.4,
      w: W - 1.6,
      h: 5,
      valign: 'top',
      ...deck.text,
    });
    if (request.deckAppendix && ranked.length > ROWS_PER_SLIDE) appendixRisks = () => tableSlides(deck, f.t('review.report.risks'), riskHeader, ranked.map(riskRow), [false, false, false]);
  }
  if (request.deckAppendix) {
    const divider = deck.pptx.addSlide();
    divider.addText(f.t('review.report.appendix'), { ...deck.text, x: 0.5, y: 3, w: W - 1, h: 1, fontSize: 32, bold: true, color: NAVY, align: 'center' });
    if (on('accounts')) {
      const rest = chapters.filter((c) => !shown.includes(c));
      for (const chapter of shown) detailSlides(deck, chapter);
      rest.forEach((chapter, i) => {
        accountSlides(deck, chapter);
        detailSlides(deck, chapter);
        onProgress(shown.length + i + 1, chapters.length);
      });
    }
    appendixRisks();
  }
  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return withEastAsianFonts(bytes, lang);
}
