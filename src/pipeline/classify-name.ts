// Word lists that type a capitalised name the dictionaries do not know, by its own words:
// the head noun of an organisation or a place, the titles before a person's name.
// Hand-written from general English usage in news about governments and armed conflict.

/** Head nouns of armed groups the dictionaries do not know ("Free Syrian Army", "Jaish al-Fatah"). */
export const groupHeads: ReadonlySet<string> = new Set([
  'front', 'brigade', 'brigades', 'movement', 'militia', 'militias', 'jamaat', 'jamaah', 'lashkar', 'jaish', 'harakat', 'tehrik',
  'ansar', 'hizb', 'hezbollah', 'mujahideen', 'mujahidin', 'faction', 'rebels', 'guerrillas', 'commandos', 'brotherhood',
]);

/** Head nouns of organisations: bodies, offices, armed services, companies, media. */
export const organizationHeads: ReadonlySet<string> = new Set([
  'agency', 'ministry', 'council', 'institute', 'committee', 'commission', 'office', 'department', 'bureau', 'union',
  'association', 'foundation', 'service', 'services', 'court', 'parliament', 'senate', 'congress', 'assembly', 'cabinet', 'police',
  'network', 'society', 'bank', 'company', 'corporation', 'watch', 'mission', 'program', 'programme', 'fund', 'party', 'forces',
  'force', 'army', 'navy', 'fleet', 'corps', 'command', 'regiment', 'battalion', 'battalions', 'division', 'squadron', 'wing', 'battery',
  'guard', 'guards', 'unit', 'units', 'group', 'groups', 'team', 'coalition', 'alliance', 'league', 'federation', 'government',
  'administration', 'authority', 'authorities', 'directorate', 'secretariat', 'presidency', 'organization', 'organisation',
  'legion', 'tribunal', 'television', 'tv', 'radio', 'news', 'agencies', 'affairs', 'centre', 'center', 'university', 'college',
  'academy', 'school', 'operations', 'staff', 'marines', 'militia', 'opposition', 'regime', 'board', 'body', 'branch', 'chamber',
  'club', 'inc', 'ltd', 'plc', 'llc', 'airlines', 'airways', 'foundation', 'trust', 'institution', 'observatory', 'crescent', 'cross', 'community',
]);

/** Head nouns of places and facilities ("Samarra Barrage", "Tiyas Military Airfield", "Hamrin Mountains"). */
export const locationHeads: ReadonlySet<string> = new Set([
  'province', 'provinces', 'governorate', 'district', 'region', 'valley', 'mountains', 'mountain', 'hills', 'hill', 'heights',
  'river', 'lake', 'sea', 'gulf', 'desert', 'plain', 'plains', 'island', 'islands', 'peninsula', 'strait', 'street', 'road',
  'highway', 'square', 'bridge', 'dam', 'barrage', 'airport', 'airfield', 'airbase', 'base', 'camp', 'mosque', 'church', 'hospital',
  'palace', 'prison', 'market', 'stadium', 'hotel', 'embassy', 'consulate', 'refinery', 'village', 'town', 'city', 'neighbourhood',
  'neighborhood', 'quarter', 'crossing', 'canal', 'port', 'harbour', 'harbor', 'station', 'compound', 'checkpoint', 'gate', 'tower',
  'oasis', 'basin', 'coast', 'park', 'shrine', 'tomb', 'cemetery', 'citadel', 'bay', 'mount', 'field', 'fields', 'zone', 'territory',
  'territories', 'county', 'republic', 'kingdom', 'emirate', 'sultanate', 'prefecture', 'municipality', 'subdistrict', 'border',
]);

/** Words that start a place name ("Mount Sinjar", "Fort Campbell", "Camp Hurriya", "Lake Tharthar"). */
export const locationLeads: ReadonlySet<string> = new Set(['mount', 'fort', 'camp', 'lake', 'cape', 'port', 'jebel', 'jabal', 'wadi', 'tal', 'tell', 'kibbutz', 'moshav']);

/** Titles and ranks that stand before a person's name; a run of them is the title. */
export const personTitles: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame', 'president', 'vice', 'prime', 'minister',
  'secretary', 'general', 'gen', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cpt', 'sgt', 'sergeant',
  'staff', 'spc', 'specialist', 'pfc', 'pvt', 'private', 'cpl', 'corporal', 'adm', 'admiral', 'brig', 'brigadier', 'cmdr', 'commander',
  'cdr', 'commodore', 'officer', 'petty', 'chief', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov',
  'mayor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'emir', 'amir',
  'sheikh', 'shaykh', 'sheik', 'imam', 'mullah', 'maulvi', 'maulana', 'ayatollah', 'grand', 'pope', 'judge', 'justice', 'chancellor',
  'deputy', 'foreign', 'defence', 'defense', 'interior', 'home', 'high', 'special', 'advisor', 'adviser', 'airman', 'seaman',
  'sgt', 'msgt', 'ssgt', 'tsgt', 'cpo', 'marshal', 'field', 'leader', 'director', 'undersecretary', 'under', 'assistant', 'head',
  'coordinator', 'representative', 'attorney', 'warrant', 'first', 'class', 'master', 'senior', 'lance', 'rear', 'excellency',
  'hrh', 'crown', 'sultan', 'caliph', 'mufti', 'cleric', 'bishop', 'archbishop', 'father', 'brother',
  'sister', 'saint', 'st', 'chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'operator', 'acting', 'interim',
]);

/** Titles that alone make the next capitalised words a person ("President", "Gen.", "Mr"); the others only qualify them. */
export const strongTitles: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'dame', 'president', 'minister', 'secretary', 'general',
  'gen', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cpt', 'sgt', 'sergeant', 'spc', 'specialist',
  'commodore', 'pfc', 'pvt', 'private', 'cpl', 'corporal', 'adm', 'admiral', 'brig', 'brigadier', 'cmdr', 'commander', 'cdr', 'officer', 'senator',
  'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'king', 'queen', 'prince', 'princess', 'emir', 'amir', 'sheikh', 'shaykh', 'sheik', 'imam',
  'mullah', 'maulvi', 'maulana', 'ayatollah', 'pope', 'judge', 'chancellor', 'advisor', 'adviser', 'airman', 'seaman', 'msgt',
  'ssgt', 'tsgt', 'cpo', 'marshal', 'director', 'undersecretary', 'coordinator', 'attorney', 'excellency', 'sultan', 'caliph',
  'mufti', 'chairman', 'chairwoman', 'operator', 'chief',
]);

/** Particles inside Arabic, Persian and European personal and place names ("al-Abadi", "bin Laden", "de Mistura"). */
export const nameParticles: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bint', 'de', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'le', 'la', 'du', 'dos', 'bani', 'ben']);

/** Words that start Arabic personal names and kunyas ("Abu Bakr", "Abd al-Rahman", "Umm Hamza"). */
export const personLeads: ReadonlySet<string> = new Set(['abu', 'abd', 'abdul', 'abdel', 'abdal', 'umm', 'bin', 'ibn']);

/** Capitalised words that are not names even mid-sentence: months, days, and words capitalised by convention. */
export const notNames: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'i', 'god', 'allah', 'internet', 'english', 'arabic', 'hebrew', 'persian', 'farsi', 'pashto', 'dari', 'urdu', 'latin', 'arab', 'arabs', 'kurd', 'kurds', 'pashtun', 'pashtuns', 'baloch', 'yazidi', 'yazidis', 'alawite', 'alawites', 'druze', 'judaism', 'buddhism', 'buddhist', 'buddhists', 'hinduism', 'hindu', 'hindus', 'christianity', 'catholic', 'catholics', 'protestant', 'sikh', 'sikhs', 'orthodox', 'christmas', 'ramadan', 'eid',
  'islam', 'muslim', 'muslims', 'christian', 'christians', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'jewish', 'jews',
  'note', 'update', 'photo', 'video', 'read', 'more', 'click', 'here', 'source', 'sources', 'related', 'statement', 'press',
  'release', 'resolution', 'operation', 'exercise', 'war', 'conference', 'summit', 'agreement', 'accord', 'accords', 'declaration',
  'act', 'law', 'code', 'convention', 'protocol', 'treaty', 'plan', 'report', 'day', 'week', 'month', 'year', 'ok', 'okay', 'time',
]);

/** Lower-case nouns for a state's bodies and forces: "the Iraqi government", "Syrian regime forces", "Iraqi security forces". */
export const stateBodyNouns: ReadonlySet<string> = new Set([
  'government', 'governments', 'regime', 'forces', 'force', 'army', 'armies', 'military', 'militaries', 'troops', 'navy', 'police',
  'authorities', 'administration', 'officials', 'opposition', 'parliament', 'cabinet', 'leadership', 'embassy', 'soldiers', 'militia',
  'militias', 'rebels', 'fighters', 'partners', 'allies', 'coalition', 'delegation', 'ministry', 'intelligence', 'marines', 'diplomats',
  'counterparts', 'people', 'units', 'unit', 'brigade', 'brigades', 'battalion', 'battalions', 'tribes', 'tribesmen',
]);

/** Modifiers between a nationality and a state body ("Iraqi security forces", "Syrian regime forces"). */
export const stateBodyModifiers: ReadonlySet<string> = new Set([
  'security', 'regime', 'government', 'armed', 'special', 'military', 'naval', 'air', 'ground', 'coalition', 'federal', 'national',
  'regional', 'local', 'provincial', 'interim', 'transitional', 'pro', 'elite', 'counter', 'terrorism', 'counterterrorism', 'border',
  'allied', 'partner', 'opposition', 'rebel', 'tribal', 'moderate', 'armed', 'army', 'police', 'sunni', 'shia', 'shiite', 'kurdish',
  'arab', 'defence', 'defense', 'foreign', 'new', 'democratic', 'popular', 'mobilization', 'mobilisation',
]);

/** Prepositions after which an unknown capitalised name is a place ("near Al Huwayjah", "in Amarah"). */
export const placePrepositions: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside', 'inside', 'from', 'to', 'into', 'across', 'toward', 'towards', 'around', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'of']);

/** Verbs of saying and acting that follow a person's name ("Smith said", "Jones told"). */
export const personVerbs = /^\s*(?:,\s*who\b|said\b|says\b|told\b|added\b|stated\b|explained\b|announced\b|noted\b|warned\b|stressed\b|urged\b|thanked\b|welcomed\b|met\b|visited\b|spoke\b|commented\b|wrote\b|tweeted\b|replied\b|insisted\b|argued\b|claimed\b|was born\b|has been\b|had been\b|became\b|served\b|died\b|was killed\b|was appointed\b|was elected\b)/u;
