// The CSV and .ics downloads parse as their formats and say what the page says.
import fs from 'node:fs/promises';
import { test, expect } from './fixtures';
import type { CalculatorPage } from './pages/calculator';

async function download(calculator: CalculatorPage, testId: string) {
  const [file] = await Promise.all([
    calculator.page.waitForEvent('download'),
    calculator.page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await fs.readFile(path, 'utf8') };
}

/** RFC 4180 fields of one record (our CSV quotes only when needed). */
function csvRecord(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

/** Amounts in a table cell, first one first: "$2,000 ($1,500–$2,500)" → [2000, 1500, 2500]. */
function amounts(cell: string): number[] {
  return (cell.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((a) => Number(a.replace(/,/g, '')));
}

test.beforeEach(async ({ calculator }) => {
  await calculator.goto();
  await calculator.choose('region', 'full');
  await calculator.fill('horizon_years', '15');
  await calculator.setStartDate('2027-01-04');
  await calculator.fill('medication_per_month_minor', '25');
  await calculator.expectFresh();
});

test.afterEach(async ({ guard }) => guard.expectClean());

test('CSV: one row per table row, same amounts, currency in the header', async ({ calculator }) => {
  const { name, text } = await download(calculator, 'download-csv');
  expect(name).toBe('smp-cost-comparison.csv');
  expect(text.endsWith('\r\n'), 'CRLF line endings').toBe(true);
  const [header, ...rows] = text.trimEnd().split('\r\n').map(csvRecord);
  expect(header.slice(0, 4)).toEqual(['Year', 'SMP low (USD)', 'SMP typical (USD)', 'SMP high (USD)']);
  expect(header.some((h) => /medication/i.test(h))).toBe(true);
  for (const r of rows) expect(r).toHaveLength(header.length);

  const table = calculator.page.getByTestId('comparison-table');
  const years = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-year')));
  expect(rows.map((r) => r[0])).toEqual(years);
  const headers = await table.locator('thead th').allInnerTexts();
  // CSV: Year, SMP low/typical/high, comparisons…; table: After, SMP, comparisons….
  expect(header.length - 2).toBe(headers.length);

  for (const [i, row] of rows.entries()) {
    const cells = await table.locator('tbody tr').nth(i).locator('th, td').allInnerTexts();
    const [typical, low, high] = amounts(cells[1]);
    expect(Number(row[1]), `year ${row[0]} low`).toBeCloseTo(low, 0);
    expect(Number(row[2]), `year ${row[0]} typical`).toBeCloseTo(typical, 0);
    expect(Number(row[3]), `year ${row[0]} high`).toBeCloseTo(high, 0);
    for (let c = 2; c < cells.length; c++) {
      expect(Number(row[c + 2]), `year ${row[0]} ${headers[c]}`).toBeCloseTo(amounts(cells[c])[0], 0);
    }
    for (const v of row.slice(1)) expect(v).toMatch(/^\d+\.\d{2}$/);
  }
});

test('CSV follows the chosen currency', async ({ calculator }) => {
  await calculator.openAdvanced();
  await calculator.field('currency').selectOption('GBP');
  await calculator.expectFresh();
  const { text } = await download(calculator, 'download-csv');
  expect(text.split('\r\n')[0]).toContain('SMP typical (GBP)');
});

test('.ics: a valid calendar with the sessions, typical touch-ups and full result shown', async ({ calculator }) => {
  const s = await calculator.snapshot();
  const { name, text } = await download(calculator, 'download-ics');
  expect(name).toBe('smp-schedule.ics');
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR');
  for (const raw of text.split('\r\n')) {
    expect(Buffer.byteLength(raw, 'utf8'), 'folded at 75 octets').toBeLessThanOrEqual(75);
  }

  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  const iso = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const dated = (re: RegExp) => events.filter((e) => re.test(e.SUMMARY)).map((e) => iso(e['DTSTART;VALUE=DATE']));
  for (const e of events) {
    expect(e.UID, 'every event has a UID').toBeTruthy();
    expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  }
  expect(dated(/session/i)).toEqual(s.sessionDates);
  expect(s.touchUps.typical.length).toBeGreaterThan(0);
  expect(dated(/touch-up/i)).toEqual(s.touchUps.typical);
  const [full] = dated(/full result/i);
  const shown = await calculator.planSummary.getByTestId('full-result').innerText();
  expect(new Date(`${full}T12:00:00`).toLocaleDateString('en-US', { dateStyle: 'long' })).toBe(shown.trim());
  expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
});
