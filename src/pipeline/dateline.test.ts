import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.js';

function read(text: string) {
  const dateline = parseDateline(text);
  if (!dateline) throw new Error(`no dateline in ${JSON.stringify(text)}`);
  return { ...dateline, span: text.slice(dateline.start, dateline.end), body: text.slice(dateline.bodyStart) };
}

describe('parseDateline', () => {
  it('reads the plain-text reader dateline, with leading whitespace', () => {
    expect(read(' date 2021-08-27 Kabul: The IS-K had earlier claimed')).toMatchObject({
      date: '2021-08-27',
      place: 'Kabul',
      span: 'date 2021-08-27 Kabul:',
      body: 'The IS-K had earlier claimed',
    });
    expect(read('DATE 2021-08-27 KABUL: text')).toMatchObject({ date: '2021-08-27', place: 'KABUL' });
  });

  it('reads wire datelines', () => {
    expect(read('KABUL, Afghanistan (Jan. 25, 2013) — Taliban fighters')).toMatchObject({
      date: '2013-01-25',
      place: 'KABUL, Afghanistan',
      body: 'Taliban fighters',
    });
    expect(read('KABUL, Afghanistan (AP) — A suicide bomber')).toMatchObject({ place: 'KABUL, Afghanistan', body: 'A suicide bomber' });
    expect(read('BAGHDAD (Reuters) - A car bomb')).toMatchObject({ place: 'BAGHDAD', span: 'BAGHDAD (Reuters) -', body: 'A car bomb' });
    expect(read('BAGHDAD (Reuters) - A car bomb').date).toBeUndefined();
    expect(read('Mogadishu, 12 March 2010 – Gunmen stormed')).toMatchObject({ date: '2010-03-12', place: 'Mogadishu', body: 'Gunmen stormed' });
  });

  it('reads MUC-4 wire datelines in upper and lower case', () => {
    expect(read('SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] the army')).toMatchObject({ date: '1990-01-03', place: 'SAN SALVADOR', body: 'the army' });
    expect(read('san salvador, 3 jan 90 (acan-efe) -- [text] the army')).toMatchObject({ date: '1990-01-03', body: 'the army' });
  });

  it('reads a date at the top, alone on its line or after a title line', () => {
    expect(read('Sunday, October 25, 2009\n\nAt least 132 people')).toMatchObject({ date: '2009-10-25', span: 'Sunday, October 25, 2009', body: 'At least 132 people' });
    const titled = read('Car bombings kill at least 130\n\nSunday, October 25, 2009\n\nAt least 132 people');
    expect(titled).toMatchObject({ date: '2009-10-25', span: 'Sunday, October 25, 2009', body: 'At least 132 people' });
    expect(read('October 25, 2009 — Baghdad was rocked')).toMatchObject({ date: '2009-10-25', body: 'Baghdad was rocked' });
    expect(read('sunday, october 25, 2009\nat least 132')).toMatchObject({ date: '2009-10-25' });
  });

  it.each([
    'The IS-K had earlier claimed the attack.',
    'At least 132 people were killed on Sunday, October 25, 2009 - bombs',
    'Al-Shabaab claims to have killed scores of African Union troops',
    'Standoff in Mumbai enters third day\n\nThe battle between',
    'NATO - the alliance said',
    'Officials said: the attack',
    'the guatemala army denied today that guerrillas attacked',
    'Two security personnel (both police) - were killed',
    '',
  ])('never matches a normal first sentence: %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(parseDateline('date 2021-02-30 Kabul: text')).toBeNull();
  });
});
