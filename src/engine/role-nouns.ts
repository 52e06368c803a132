import { wordSet } from './text.ts';

/**
 * Lowercase nouns that name a role: just before a name ("striker Lena
 * Holt"), or set off after it ("Lena Holt, the club's captain,").
 * General English, the same for every story; shared with ingest, which
 * reads roles with it, and read by the engine to tell a role from the
 * other words of a description.
 */
export const ROLE_NOUNS = wordSet(`
  spokeswoman spokesman spokesperson minister president official envoy ambassador chief head
  leader commander analyst expert correspondent director secretary adviser advisor representative
  deputy chairman chairwoman founder editor reporter journalist professor researcher general
  colonel governor mayor senator diplomat negotiator lawmaker officer premier king emir prince
  sheikh ceo executive manager owner councillor councilor inspector spokesperson coordinator
  scientist engineer economist lawyer attorney prosecutor judge surgeon doctor physician nurse
  organiser organizer campaigner activist volunteer consultant historian lecturer teacher
  headteacher principal dean curator conductor composer violinist pianist singer musician
  novelist author columnist producer photographer investigator regulator trustee treasurer
  administrator superintendent paramedic firefighter constable sergeant pilot driver
  miner farmer fisherman landlord shopkeeper mp mep legislator commissioner candidate delegate
  pastor priest vicar rabbi imam bishop coach captain sheriff detective member resident student
  worker employee witness survivor tenant neighbour neighbor referee umpire flanker winger
  hooker striker goalkeeper midfielder chair assistant accountant barrister solicitor magistrate
  clerk defendant claimant prop lock full-back fly-half scrum-half centre center defender
  forward player athlete statistician chef baker butcher plumber electrician builder mechanic
  architect banker trader broker entrepreneur businessman businesswoman chancellor coroner
  pathologist epidemiologist virologist pharmacist dentist midwife vet veterinarian carer warden
  ranger zookeeper archaeologist surveyor auditor ombudsman presenter broadcaster commentator
  pundit headmaster headmistress footballer cricketer golfer jockey boxer
  sprinter swimmer controller master harbourmaster grandmaster postmaster stationmaster
  lifeguard instructor receptionist caretaker cleaner technician gardener librarian postman
  postwoman soldier sailor skipper astronomer physicist chemist biologist geologist ecologist
  astronaut waiter waitress cashier`);

/**
 * Whether a lowercase word is a role's head noun: a role noun, or a compound
 * ending on one ("vice-chancellor", "co-founder", "editor-in-chief").
 */
export function isRoleHead(word: string): boolean {
  return (
    ROLE_NOUNS.has(word) || (word.includes('-') && ROLE_NOUNS.has(word.split('-').at(-1) ?? ''))
  );
}
