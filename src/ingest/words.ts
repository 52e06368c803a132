/**
 * Word lists the heuristics lean on. They are guesses about English news
 * prose, which is why everything ingest makes is a draft for review.
 */

import { MONTHS, WEEKDAYS } from '../engine/calendar.ts';
import { wordSet } from '../engine/text.ts';

/** Capitalized words that start sentences but never names. */
export const FUNCTION_WORDS = wordSet(`
  a an the this that these those however but and or so yet during for in on at by from to with
  without after before since while when where why how what who whom which despite although though
  if as it its he she they we i you his her their our my your me him them us meanwhile moreover
  also still even both all some many most several other another according asked speaking earlier
  later now then there here last next first such instead under over against among between through
  amid following today yesterday tomorrow recently currently previously further furthermore
  additionally nevertheless thus therefore indeed not no only once each every any none nor
  because unless until whether within upon about above below across along around beyond toward
  towards into onto out off up down again ago yes well just perhaps maybe`);

/** Words that are dates, not names, and weekdays' plurals ("most Fridays"). */
export const DATE_WORDS = new Set<string>([
  ...MONTHS,
  ...WEEKDAYS,
  ...WEEKDAYS.map((d) => `${d}s`),
]);

/** Titles that may precede a person's name inside a capitalized run ("Deputy Foreign Minister …"). */
export const TITLES = wordSet(`
  president vice prime minister deputy foreign defense defence interior secretary general gen
  spokesman spokeswoman spokesperson ambassador envoy special senator sen rep representative
  governor mayor king queen prince princess sheikh emir crown chancellor chief commander colonel
  col lt lieutenant major maj captain capt admiral adm dr mr mrs ms prof professor leader chairman
  chairwoman chair director head acting former interim transitional supreme pope patriarch judge
  justice attorney assistant undersecretary state affairs national security adviser advisor
  cardinal bishop archbishop ayatollah imam marshal sergeant sgt officer official economy finance
  trade energy health premier councillor councilor councilman councilwoman alderman inspector
  detective superintendent commissioner sheriff coach executive gov capt cmdr supt det insp atty rev cllr
  hon councilmember congressman congresswoman assemblyman assemblywoman mp mep msp mla manager`);

/**
 * Words a body's name may use for the noun an article calls it by: "the union"
 * is often an "… Education Association" or a "… Federation".
 */
export const BODY_NOUN_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['union', ['union', 'association', 'federation', 'guild']],
]);

/**
 * Titles of courtesy or degree, which say how someone is addressed, not what
 * they do ("Mr Hartley", "Dr. Singh"): no role, but a form readers use.
 */
export const COURTESY_TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof']);

/**
 * Honorifics that stand before a name as part of how it is written ("Professor
 * Signe Aalto", "Sir Ian Hart"): after another role ("Co-author Professor …")
 * they are the name's title, and the role is the words before them.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...COURTESY_TITLES,
  'Professor',
  'Sir',
  'Dame',
  'Rev',
  'Reverend',
]);

/**
 * What children call their family, capitalized as a name ("I shouted at Mum"):
 * someone the article has already named or never will, and no who's-who entry.
 */
export const FAMILY_CALLS = wordSet(`
  mum mummy mom mommy dad daddy nan nana nanna gran granny grandma grandad granddad grandpa`);

/** Feasts and holidays: capitalized, named, and no one or nowhere. */
export const HOLIDAYS = wordSet(`
  christmas easter ramadan eid hanukkah passover diwali thanksgiving halloween lent advent`);

/** Lowercase nouns that name a role (`engine/role-nouns.ts`, shared with the engine). */
export { ROLE_NOUNS } from '../engine/role-nouns.ts';

/**
 * Participles that are a role in court and council reports, set off after
 * a name: "Naomi Achebe-Lunt, defending, said", "Sarah Lindqvist,
 * prosecuting for the council,".
 */
export const ROLE_PARTICIPLES = wordSet(`
  defending prosecuting representing mitigating presiding chairing`);

/** Lowercase words that may qualify a role ("former deputy foreign minister"). */
export const ROLE_MODIFIERS = wordSet(`
  former deputy acting interim foreign defense defence prime vice senior top chief military
  political security presidential transitional new then of managing associate assistant
  principal lead general executive retired tighthead loosehead replacement regional district
  national head station`);

/** Words that make a capitalized name an organization. */
/** Last words of sports clubs' names, by which a club is called alone: "Rovers", "Wanderers". */
const TEAM_WORDS_TEXT = 'rovers wanderers rangers athletic albion';
/** {@link TEAM_WORDS_TEXT} as a set. */
export const TEAM_WORDS = wordSet(TEAM_WORDS_TEXT);

/**
 * Last words of competitions' names ("the FA Trophy", "the Wessex Cup"): no
 * one's name, and drafted as bodies, as a league is.
 */
const COMPETITION_WORDS_TEXT = 'cup trophy shield championship championships';

export const ORGANIZATION_WORDS = wordSet(`
  ministry ministries office agency council committee commission department party army forces
  force navy government administration union organization organisation bank company corporation
  corp inc ltd group news times post press media university institute center centre foundation
  association authority authorities assembly parliament duma senate congress court service
  services fleet guard guards brigade brigades front movement coalition alliance federation
  kremlin pentagon embassy league mission directorate bureau network channel tv radio reuters command
  corps police tribunal board fund cabinet presidency secretariat observatory logistics holdings
  industries systems technologies partners airlines airways motors pharmaceuticals management llc
  plc energy society trust rail railway railways orchestra choir ensemble club campaign charity
  co academy journal division mutual advisory consultancy foods securities museum gallery library
  minerals mining resources digital shipping freight haulage survey guild register buses coaches
  trains trams trattoria restaurant bistro brasserie cafe café construction contractors builders
  restructuring insolvency coastguard shop store mart
  ${TEAM_WORDS_TEXT} ${COMPETITION_WORDS_TEXT}`);

/**
 * Nouns an article calls a body by that are no part of its own name: "a
 * residents' group", "the insolvency firm Holloway Barnes", "…by its insurer.
 * Heritage Rail Mutual said". One list for every reading of such a noun: what
 * a role set off after a name says it is, a noun right before a name, and a
 * sentence closing on the noun before one opening on the body's name.
 */
export const BODY_NOUNS = wordSet(`
  firm company group business operator charity nonprofit non-profit watchdog regulator body band
  team retailer chain manufacturer developer insurer lender broadcaster newspaper publisher
  supplier contractor consultancy wholesaler subsidiary brewery housebuilder`);

/**
 * Parts of a body, which a role may be held at as at the body itself: "of the
 * force's roads policing unit".
 */
export const BODY_PARTS = wordSet('unit team squad section desk');

/**
 * Nouns of things made, which a name before them ("the Tern-2 rocket") or a
 * role set off after it ("Stormwatch-3, a weather satellite") makes a product.
 */
export const THINGS_MADE = wordSet(`
  rocket rockets launcher satellite satellites spacecraft capsule probe rover telescope ship ships
  ferry ferries vessel vessels boat boats yacht tanker freighter liner submarine frigate destroyer
  tug tugs tugboat tugboats trawler trawlers narrowboat narrowboats barge barges dredger dredgers
  houseboat houseboats dinghy canoe schooner steamer catamaran
  warship aircraft airliner plane planes jet jets helicopter drone drones engine engines car cars
  vehicle vehicles truck lorry bus train trains locomotive missile missiles drug drugs vaccine
  vaccines medicine medication pill treatment phone phones smartphone handset laptop tablet
  device devices chip chips processor robot reactor turbine app software console fleet model`);

/** Words that make a capitalized name a place. */
export const PLACE_WORDS = wordSet(`
  base airport port sea ocean river coast province governorate city region square street
  mountains mount island islands valley strait gulf bay lake desert district heights peninsula
  airbase harbor harbour border crossing town village county point heights park hill hills
  bridge road avenue plant station hospital school reservoir dam route highway interstate motorway
  freeway lane pier terminal hall falls marsh marshes estuary canal neighborhood neighbourhood
  neighborhoods neighbourhoods districts boulevard parkway plaza mall drive terrace vale ward
  wards estate estates borough township parish constituency suburb quarter row crescent quay
  wharf mews gardens forest junction pass stream brook creek loch tributary beach cove headland
  cliff cliffs glen moor moors woodland wetland wetlands lagoon reef house home clinic hotel
  sands pub inn tavern stadium arena ground parade halt lock weir spit aqueduct viaduct
  tunnel causeway jetty slipway walk meadow meadows`);

/**
 * Words of direction that end a place's name ("Kellbridge North", "Ashby
 * East"); they open many a firm's ("North Valley Power"), so only the end counts.
 */
export const COMPASS_WORDS = wordSet('north south east west central');

/** First words that make a name of two or more words a place ("Port Valdora", "Lake Ontario"). */
export const PLACE_PREFIXES = wordSet('port mount mt lake fort ft cape isle st');

/**
 * Words for a politician's party ("Labour MP", "a Democrat whose district…"):
 * like a nationality, they qualify a name and name no one on their own.
 */
export const PARTY_MEMBERS = wordSet(`
  democrat republican tory labour conservative liberal socialist libertarian`);

/** Parties named alone ("Labour said", "the Conservatives"): organizations. */
export const PARTIES = wordSet('labour conservatives tories democrats republicans liberals');

/**
 * Organizations every reader knows by a bare name with no telling word:
 * platforms a statement is "posted on" and the largest firms.
 */
export const KNOWN_ORGANIZATIONS = wordSet(`
  facebook instagram twitter youtube tiktok whatsapp telegram linkedin snapchat reddit bluesky
  google microsoft netflix spotify wikipedia`);

/** Diseases and viruses named with capitals: neither someone, somewhere nor a body. */
export const DISEASES = wordSet(`
  covid covid-19 ebola hiv aids sars mers mpox zika h5n1 h1n1 alzheimer parkinson`);

/**
 * The Sun, the Moon and the planets, named with capitals: neither someone,
 * somewhere a reader asks after, nor a body ("four times the distance
 * between Earth and the Sun").
 */
export const CELESTIAL_BODIES = wordSet(`
  sun moon earth mercury venus mars jupiter saturn uranus neptune pluto`);

/** Last words of a named day ("New Year's Day", "Christmas Eve"): no who's-who entry. */
export const HOLIDAY_HEADS = wordSet('day eve');

/** Named days of more than one word that end in no telling word: "over New Year". */
export const HOLIDAY_PHRASES = new Set(['new year', 'lunar new year']);

/** States of the United States, folded: places by name, like the countries. */
export const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
  hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada new-hampshire new-jersey
  new-mexico new-york north-carolina north-dakota ohio oklahoma oregon pennsylvania
  rhode-island south-carolina south-dakota tennessee texas utah vermont virginia washington
  west-virginia wisconsin wyoming`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.replace(/-/g, ' ')),
);

/**
 * The news agencies' short forms of those states, written after a town and
 * a comma ("ELKO, Nev. —"): the town's state, no entity of its own.
 */
export const STATE_ABBREVIATIONS = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo'.split(
    ' ',
  ),
);

/** Prepositions after which a bare name is most likely a place. */
export const PLACE_PREPOSITIONS = wordSet(
  'in to from into towards toward near across visited left at outside inside beneath below around through throughout within via',
);

/** Lowercase particles inside names ("Bashar al-Assad", "Ministry of Foreign Affairs"). */
export const NAME_CONNECTORS = wordSet(
  'of for al el bin ibn abu de da di du del della dos van von der den la le',
);

/**
 * The particles of a family name, which may open it when the name is used
 * alone ("van der Berg said", "de la Cruz") and may follow one another
 * ("Maria de la Cruz"): all the connectors but the English ones.
 */
export const SURNAME_PARTICLES = new Set(
  [...NAME_CONNECTORS].filter((w) => w !== 'of' && w !== 'for'),
);

/**
 * Adjectives of nationality by their ending, or listed: names of nothing on
 * their own. Those in "-ish" are listed, since first names and places end
 * so too ("Hamish", "Drumlish").
 */
const DEMONYM_FORM =
  /(?:ian|ean|ican|ese)$|^(?:arab|arabic|israeli|iraqi|pakistani|yemeni|kuwaiti|qatari|emirati|omani|saudi|western|eastern|northern|southern|islamic|soviet|muslim|french|dutch|greek|thai|swiss|british|english|irish|scottish|welsh|cornish|spanish|danish|polish|finnish|swedish|turkish|kurdish|flemish|jewish)$/;

/** Endings that first names share with nationalities: "Sean", "Brian", "Julian". */
const NAME_LIKE_ENDING = /(?:ian|ean)$/;

/**
 * Whether a word (lowercase) is an adjective of nationality: "russian",
 * "korean", "chinese". A word ending like "Syrian" counts only when a country
 * or continent begins as it does, so "Sean", "Brian" and "Adrian" stay names
 * (and "Mediterranean" a place).
 */
export function isDemonym(word: string): boolean {
  if (!DEMONYM_FORM.test(word)) return false;
  if (!NAME_LIKE_ENDING.test(word)) return true;
  return NATION_STARTS.has(word.slice(0, 4));
}

/**
 * Verbs that hand over to a quotation only, by naming something in the
 * speaker's words: "Aled Price called the result "a historic night"". Not
 * verbs of saying elsewhere: "Price called for a recount" reports no words.
 */
export const QUOTE_NAMING_VERBS =
  'called|calls|calling|(?:described|describes|describing)(?: (?:it|this|that|them|him|her))? as|dubbed|branded|labelled|labeled';

/** Verbs that introduce speech (`engine/speech-verbs.ts`, shared with the engine). */
export { SPEECH_VERBS } from '../engine/speech-verbs.ts';

/** Countries, folded to lowercase, so a bare "Syria" is a country rather than a guess. */
export const COUNTRIES = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
  bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
  brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros
  congo croatia cuba cyprus czechia czech-republic denmark djibouti dominica ecuador egypt
  el-salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
  ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran
  iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan
  laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
  malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
  montenegro morocco mozambique myanmar namibia nauru nepal netherlands new-zealand nicaragua niger
  nigeria north-korea north-macedonia norway oman pakistan palau palestine panama paraguay peru
  philippines poland portugal qatar romania russia rwanda samoa san-marino saudi-arabia senegal
  serbia seychelles sierra-leone singapore slovakia slovenia somalia south-africa south-korea
  south-sudan spain sri-lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania
  thailand togo tonga trinidad tunisia turkey turkiye england scotland wales britain
  great-britain northern-ireland turkmenistan tuvalu uganda ukraine
  united-arab-emirates uae united-kingdom uk united-states usa us uruguay uzbekistan vanuatu
  vatican venezuela vietnam yemen zambia zimbabwe`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.replace(/-/g, ' ')),
);

/**
 * The first four letters of every country and continent's words: "syri" of
 * "syria". Three would make "Brian" a nationality of "Britain".
 */
const NATION_STARTS = new Set(
  [...COUNTRIES, 'europe', 'asia', 'africa', 'america', 'oceania']
    .flatMap((name) => name.split(' '))
    .map((word) => word.slice(0, 4)),
);

/** Words in ids that say nothing: "russia-leave-syria", not "to-russia-to-leave". */
export const ID_FILLER = new Set(
  'a an the of to and or is are was were be been being for in on at by with that this it its as'.split(
    ' ',
  ),
);
