/**
 * Word lists for generated news stories. Real news words make the common
 * terms; invented words (see `inventedWords`) make the long tail of rare
 * terms, names of things and places that every growing story accumulates.
 */

const list = (text: string): readonly string[] => [...new Set(text.split(/\s+/).filter(Boolean))];

/** Like `list`, but a repeated word stays repeated, so it is drawn more often. */
const weighted = (text: string): readonly string[] => text.split(/\s+/).filter(Boolean);

/** Alternatives separated by `|`; an empty one is kept on purpose ("no ending"). */
const choices = (text: string): readonly string[] => text.split('|');

/** Common nouns of news reporting, most common first. */
export const NOUNS = list(`
government minister president country talks agreement base forces troops military ministry
official officials statement briefing spokesperson week year month day report reports source
sources security defence defense army navy port city region border capital war conflict peace
ceasefire deal negotiations meeting summit envoy delegation embassy parliament election vote
law court judge trial police authorities leader leaders party opposition rebels group groups
people residents civilians refugees aid support sanctions economy trade oil gas energy pipeline
prices market bank budget tax investment company companies industry workers union strike
protest protests crowd rally demonstrators arrest arrests prison charges investigation inquiry
evidence witness witnesses attack attacks strike strikes missile missiles drone drones aircraft
airport airfield ship ships vessel fleet coast sea island islands river bridge road highway
railway station convoy checkpoint camp village villages town towns province district area
areas territory control withdrawal presence deployment mission operation exercise exercises
weapons arms equipment supplies fuel food water electricity hospital hospitals school schools
children families women men lives deaths casualties injuries damage reconstruction funding
plan plans proposal proposals demand demands request offer response decision decisions
policy policies strategy interests relations partnership alliance allies partners neighbours
diplomats diplomacy treaty accord framework roadmap timeline deadline date period phase
stage round process dialogue consultations contacts channel channels message warning threat
threats risk risks concern concerns crisis emergency situation developments changes future
history era regime administration cabinet council committee commission agency organisation
organization institute university experts analysts observers journalists media newspaper
television broadcaster website interview comments remarks speech address conference press
question questions answer details figures number numbers percent share level levels rate
growth decline increase reduction cuts losses gains profits revenue exports imports tariffs
contract contracts licence rights access status role position stance view views position
government-backed coalition bloc union federation republic kingdom state states nation nations
assembly senate congress mayor governor commander commanders general generals officer
officers soldiers fighters militia militias volunteers contractors personnel staff team
leadership successor transition handover future terms conditions guarantees assurances
lease leases facility facilities installation installations headquarters depot warehouse
harbour terminal runway hangar radar system systems network networks satellite satellites
signal cable cables server servers data records documents files archive letter letters memo
`);

/** Verbs in the past tense, as news reports them. */
export const VERBS = list(`
said announced confirmed denied reported stated added noted warned urged called claimed
insisted stressed argued suggested acknowledged admitted explained declared revealed
agreed rejected accepted approved signed launched opened closed began ended started
continued resumed suspended halted stopped blocked seized captured took retook withdrew
deployed moved sent arrived left returned visited met discussed negotiated proposed offered
demanded requested asked promised pledged vowed threatened accused blamed criticised
criticized condemned welcomed praised supported backed opposed challenged questioned
investigated arrested detained charged released freed killed wounded injured attacked
struck targeted hit destroyed damaged repaired rebuilt built expanded reduced increased
raised lowered cut extended renewed cancelled delayed postponed planned prepared organised
hosted held attended joined formed created established appointed named elected replaced
resigned dismissed ousted fled escaped crossed entered reached secured protected defended
guarded monitored tracked observed recorded published released leaked shared posted
received collected delivered supplied provided funded financed paid bought sold exported
imported shipped transported evacuated relocated restored recovered maintained kept
remained stayed waited expected hoped feared believed considered reviewed examined
assessed estimated calculated counted measured tested checked verified
`);

/** Adjectives of news reporting, most common first. */
export const ADJECTIVES = list(`
new former military russian syrian national foreign local regional international
public private official senior top key major main central northern southern eastern western
coastal strategic political economic diplomatic legal financial commercial industrial
humanitarian civilian armed naval aerial ground air maritime nuclear chemical
temporary permanent long-term short-term previous next last first second third final
recent current future possible likely potential serious major minor significant
important critical urgent immediate direct indirect joint bilateral multilateral
independent interim transitional provisional technical practical formal informal
open closed secret confidential public-facing large small heavy light long short
high low strong weak stable unstable peaceful violent tense calm difficult complex
ongoing continuing growing rising falling increasing
`);

/** Adverbs a reporter slips before a verb. */
export const ADVERBS = list(`
also still already recently reportedly officially publicly privately openly quickly
slowly gradually immediately eventually finally currently previously initially largely
`);

/** Words with little meaning of their own that glue a sentence together. */
export const PREPOSITIONS = list(`
in on at near from to with without for against over under after before during since
across along around between among within outside inside through toward towards
`);

/** Determiners that fit a singular noun; `a` becomes `an` before a vowel. */
export const DETERMINERS = weighted(`the the the the a a its their this that`);

/** Auxiliary and modal verbs, for reported speech. */
export const AUXILIARIES = list(
  `would will could had has have was were is are may might must should`,
);

/** Month names, in calendar order: a month's index is its number less one. */
export const MONTHS = list(`
January February March April May June July August September October November December
`);

/** Given names of the cast; combined with {@link SURNAMES} into people. */
export const FIRST_NAMES = list(`
Maria Mikhail Sergei Anna Dmitry Olga Ivan Elena Ahmed Fatima Omar Layla Hassan Nour
Bashar Rami Yusuf Amira Karim Salma Tariq Hana Khalid Mona Ali Zeynep Mehmet Ayse Emre
John Sarah David Emily James Laura Michael Helen Robert Claire Thomas Sophie Pierre Camille
Hans Ursula Klaus Greta Marco Giulia Luca Elena Carlos Lucia Diego Isabel José Ana
Wei Mei Hiroshi Yuki Arjun Priya Kwame Amara Ilham Leyla Farid Nazim Aysel
Gulnara Rustam Nadia Viktor Irina Pavel Natalia Alexei Svetlana Yulia Andrei
`);

/** Family names of the cast; a surname alone is how articles name someone again. */
export const SURNAMES = list(`
Zakharova Bogdanov Lavrov Petrov Ivanova Smirnov Volkov Kuznetsova Sokolov Popova
Lebedev Kozlova Novikov Morozova Pavlov Orlova Fedorov Mikhailova Al-Assad Al-Sharaa
Haddad Khoury Nasser Mansour Darwish Hamdan Saleh Qasim Karimi Hosseini Yilmaz Demir
Kaya Celik Sahin Aydin Ozturk Arslan Smith Johnson Brown Miller Wilson Taylor Anderson
Thompson Martin Dubois Laurent Moreau Lefebvre Müller Schmidt Schneider Fischer Weber
Rossi Russo Bianchi Romano Garcia Martinez Lopez Gonzalez Rodriguez Fernandez Chen Wang
Li Zhang Tanaka Suzuki Sato Sharma Patel Singh Mensah Okafor Mammadov Aliyeva Hasanov
Guliyev Huseynova Ismayilov Rahimov Babayev Abbasova Jafarov Karimova Nuriyev Safarova
`);

/** Real places: the common geography of a story. */
export const PLACES = list(`
Syria Russia Moscow Damascus Latakia Tartus Hmeimim Aleppo Homs Hama Idlib Deir-ez-Zor
Raqqa Palmyra Jableh Baniyas Daraa Quneitra Beirut Tripoli Ankara Istanbul Baku Tehran
Baghdad Amman Riyadh Doha Cairo Tel-Aviv Jerusalem Geneva Vienna Paris London Berlin
Washington Brussels Astana Minsk Kyiv Tbilisi Yerevan Sochi Sevastopol Crimea Benghazi
Algiers Tunis Khartoum Port-Sudan Cyprus Limassol Nicosia Athens Rome Madrid Lisbon
Warsaw Prague Budapest Belgrade Sofia Bucharest Chisinau Odesa Kharkiv Rostov Novorossiysk
Krasnodar Volgograd Kazan Samara Murmansk Kaliningrad Vladivostok Irkutsk Omsk Tomsk
`);

/** What an organization is, after a place: "Tartus Authority". */
export const ORGANIZATION_KINDS = list(`
Ministry Council Agency Commission Authority Committee Institute Foundation Service Office
`);

/** What the cast does, as the articles describe them. */
export const ROLES = list(`
spokeswoman spokesman envoy ambassador minister deputy-minister commander analyst
governor mayor adviser negotiator lawmaker senator diplomat official researcher
`);

/** Outlets that publish the generated articles. */
export const OUTLETS = list(`
Caliber.Az TASS Interfax Anadolu Al-Monitor Reuters AFP AP Kommersant Vedomosti
RIA-Novosti Asharq-Al-Awsat Enab-Baladi Al-Watan Turan APA Trend Report.az Meduza
`);

/** Pieces for invented words: a story's rare names of things, people and places. */
export const SYLLABLES = {
  onsets: list('b c d f g h k l m n p r s t v z br cr dr gr kr pr tr st sh ch th sk sl zv'),
  vowels: weighted('a e i o u a e o ai ea ou ia'),
  codas: ['', '', '', 'n', 'r', 'l', 's', 'm', 't', 'nd', 'rk', 'sk', 'v'],
} as const;

/** Reader words mapped to the words the generated articles use. */
export const READER_SYNONYMS: Readonly<Record<string, string>> = {
  army: 'military',
  soldiers: 'troops',
  troop: 'troops',
  negotiation: 'negotiations',
  negotiating: 'negotiations',
  discussions: 'talks',
  airport: 'airfield',
  airbase: 'airfield',
  harbor: 'harbour',
  seaport: 'port',
  toppled: 'ousted',
  overthrown: 'ousted',
  deposed: 'ousted',
  pact: 'agreement',
  treaty: 'agreement',
  chief: 'leader',
  boss: 'leader',
  pullout: 'withdrawal',
  retreat: 'withdrawal',
  leaving: 'withdrawal',
  spokesperson: 'spokeswoman',
  mouthpiece: 'spokesperson',
  ships: 'fleet',
  warships: 'fleet',
  boats: 'vessel',
  missiles: 'weapons',
  rockets: 'missiles',
  uavs: 'drones',
  fighting: 'conflict',
  battle: 'conflict',
  truce: 'ceasefire',
  embargo: 'sanctions',
  penalties: 'sanctions',
  money: 'funding',
  cash: 'funding',
  petrol: 'fuel',
  diesel: 'fuel',
  power: 'electricity',
  medics: 'hospital',
  kids: 'children',
  killed: 'deaths',
  dead: 'deaths',
  wounded: 'injuries',
  hurt: 'injuries',
  jail: 'prison',
  jailed: 'detained',
  probe: 'investigation',
  lawsuit: 'court',
  vote: 'election',
  polls: 'election',
  lawmakers: 'parliament',
  mps: 'parliament',
  reporters: 'journalists',
  press: 'media',
  talk: 'dialogue',
  plan: 'roadmap',
  schedule: 'timeline',
  cutoff: 'deadline',
  rent: 'lease',
  renting: 'lease',
};

/** Off-topic requests a bot in a busy server gets: none of it is news. */
export const OFF_TOPIC = {
  openings: choices(
    'how|what is the best way to|can you help me|where can I|is it possible to|any tips to|why does my',
  ),
  tasks: choices(
    'bake sourdough bread|fix a flat bicycle tyre|reset my router password|learn the guitar chords|train a puppy to sit|grow tomatoes on a balcony|clean a cast iron pan|install python packages|beat the final boss|knit a wool scarf|brew cold coffee|tune a piano|paint a bathroom ceiling|choose running shoes|make vegan lasagne|unclog a kitchen sink|improve my chess openings|write a haiku about autumn|book cheap flights|fold a paper crane',
  ),
  endings: choices(
    '|at home|this weekend|for beginners|without spending much|in under an hour|lol|please',
  ),
} as const;
