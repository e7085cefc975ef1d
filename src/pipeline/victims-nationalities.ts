// Nationality adjectives and short country names → ISO 3166-1 alpha-2, lower case.
// Plural demonyms ("Afghans", "Iraqis") are derived below from adjectives that take an -s.
const adjectives: ReadonlyArray<readonly [string, string]> = [
  ['us', 'US'], ['u.s.', 'US'], ['american', 'US'], ['united states', 'US'],
  ['afghan', 'AF'], ['afghani', 'AF'], ['pakistani', 'PK'], ['iraqi', 'IQ'], ['syrian', 'SY'],
  ['nigerian', 'NG'], ['somali', 'SO'], ['somalian', 'SO'], ['kenyan', 'KE'], ['malian', 'ML'],
  ['british', 'GB'], ['uk', 'GB'], ['u.k.', 'GB'], ['english', 'GB'], ['scottish', 'GB'], ['welsh', 'GB'],
  ['french', 'FR'], ['german', 'DE'], ['turkish', 'TR'], ['russian', 'RU'], ['chinese', 'CN'],
  ['indian', 'IN'], ['israeli', 'IL'], ['palestinian', 'PS'], ['yemeni', 'YE'], ['saudi', 'SA'],
  ['iranian', 'IR'], ['egyptian', 'EG'], ['libyan', 'LY'], ['tunisian', 'TN'], ['algerian', 'DZ'],
  ['moroccan', 'MA'], ['sudanese', 'SD'], ['south sudanese', 'SS'], ['ethiopian', 'ET'], ['eritrean', 'ER'],
  ['ugandan', 'UG'], ['burundian', 'BI'], ['rwandan', 'RW'], ['congolese', 'CD'], ['chadian', 'TD'],
  ['nigerien', 'NE'], ['burkinabe', 'BF'], ['burkinabè', 'BF'], ['cameroonian', 'CM'], ['mauritanian', 'MR'],
  ['senegalese', 'SN'], ['ivorian', 'CI'], ['ghanaian', 'GH'], ['beninese', 'BJ'], ['togolese', 'TG'],
  ['mozambican', 'MZ'], ['south african', 'ZA'], ['tanzanian', 'TZ'], ['djiboutian', 'DJ'],
  ['jordanian', 'JO'], ['lebanese', 'LB'], ['kuwaiti', 'KW'], ['emirati', 'AE'], ['qatari', 'QA'],
  ['bahraini', 'BH'], ['omani', 'OM'], ['kurdish', 'IQ'],
  ['bangladeshi', 'BD'], ['sri lankan', 'LK'], ['nepalese', 'NP'], ['nepali', 'NP'], ['uzbek', 'UZ'],
  ['tajik', 'TJ'], ['turkmen', 'TM'], ['kyrgyz', 'KG'], ['kazakh', 'KZ'], ['chechen', 'RU'],
  ['azerbaijani', 'AZ'], ['armenian', 'AM'], ['georgian', 'GE'], ['ukrainian', 'UA'], ['belarusian', 'BY'],
  ['polish', 'PL'], ['italian', 'IT'], ['spanish', 'ES'], ['portuguese', 'PT'], ['dutch', 'NL'],
  ['belgian', 'BE'], ['swiss', 'CH'], ['austrian', 'AT'], ['swedish', 'SE'], ['norwegian', 'NO'],
  ['danish', 'DK'], ['finnish', 'FI'], ['irish', 'IE'], ['greek', 'GR'], ['cypriot', 'CY'],
  ['serbian', 'RS'], ['bosnian', 'BA'], ['croatian', 'HR'], ['albanian', 'AL'], ['kosovar', 'XK'],
  ['romanian', 'RO'], ['bulgarian', 'BG'], ['hungarian', 'HU'], ['czech', 'CZ'],
  ['canadian', 'CA'], ['mexican', 'MX'], ['colombian', 'CO'], ['venezuelan', 'VE'], ['peruvian', 'PE'],
  ['brazilian', 'BR'], ['argentine', 'AR'], ['argentinian', 'AR'], ['chilean', 'CL'],
  ['salvadoran', 'SV'], ['salvadorean', 'SV'], ['guatemalan', 'GT'], ['honduran', 'HN'], ['nicaraguan', 'NI'],
  ['cuban', 'CU'], ['australian', 'AU'], ['new zealand', 'NZ'], ['japanese', 'JP'], ['korean', 'KR'],
  ['south korean', 'KR'], ['north korean', 'KP'], ['filipino', 'PH'], ['philippine', 'PH'],
  ['indonesian', 'ID'], ['malaysian', 'MY'], ['thai', 'TH'], ['burmese', 'MM'], ['myanmar', 'MM'],
  ['vietnamese', 'VN'], ['singaporean', 'SG'],
];

// Short forms of country names that reports use as modifiers ("UN" is not a nationality).
const nounForms: ReadonlyArray<readonly [string, string]> = [
  ['filipinos', 'PH'], ['thais', 'TH'], ['kurds', 'IQ'], ['uzbeks', 'UZ'], ['tajiks', 'TJ'], ['kazakhs', 'KZ'],
  ['chechens', 'RU'], ['poles', 'PL'], ['danes', 'DK'], ['swedes', 'SE'], ['finns', 'FI'], ['turks', 'TR'],
  ['greeks', 'GR'], ['czechs', 'CZ'], ['serbs', 'RS'], ['croats', 'HR'], ['bosniaks', 'BA'],
  ['britons', 'GB'], ['frenchmen', 'FR'], ['englishmen', 'GB'], ['americans', 'US'],
];

// "afghanis" is a currency; "myanmar" is a country name.
const noPlural: ReadonlySet<string> = new Set(['afghani', 'myanmar']);

/** Nationality words (lower case, single- and multi-word) mapped to ISO2 country codes. */
export const victimsNationalities: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [word, code] of adjectives) {
    map.set(word, code);
    // Only these endings pluralise into demonyms ("Afghans", "Iraqis"); "Chinese", "British" do not.
    if (/(?:an|i|ine|ot|ar|ek|kh|no)$/.test(word) && !word.includes(' ') && !noPlural.has(word)) {
      map.set(word + 's', code);
    }
  }
  for (const [word, code] of nounForms) if (!map.has(word)) map.set(word, code);
  return map;
})();
