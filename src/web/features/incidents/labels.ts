/**
 * Words and colours for the incident vocabularies of src/contracts/incident.ts. Type-only
 * imports keep Zod out of the page's chunk; each map is typed by its list, so a value added to
 * the contract without a label here is a compile error.
 */
import type {
  IncidentType,
  ObservationMethod,
  UaRegion,
  VerificationStatus,
  WeaponClass,
} from '../../../contracts/incident';

export const TYPE_LABELS: Record<IncidentType, string> = {
  explosion: 'Explosion',
  small_arms_fire: 'Small-arms fire',
  projectile: 'Projectile',
  weapons_in_violation_of_withdrawal_lines: 'Weapons in violation of withdrawal lines',
  restriction_of_movement: "Restriction of monitors' movement",
  drone: 'Drone',
  missile_strike: 'Missile strike',
  air_strike: 'Air strike',
  other: 'Other',
};

/**
 * One colour a type on the map (Okabe and Ito's palette, told apart with colour-blindness, and
 * a grey); the legend names each, so the colour is never the only cue.
 */
export const TYPE_COLOURS: Record<IncidentType, string> = {
  explosion: '#d55e00',
  small_arms_fire: '#0072b2',
  projectile: '#e69f00',
  weapons_in_violation_of_withdrawal_lines: '#cc79a7',
  restriction_of_movement: '#009e73',
  drone: '#56b4e9',
  missile_strike: '#000000',
  air_strike: '#7a4b00',
  other: '#8a8a8a',
};

export const WEAPON_LABELS: Record<WeaponClass, string> = {
  small_arms: 'Small arms',
  light_weapons: 'Light weapons',
  mortar: 'Mortar',
  artillery: 'Artillery',
  mlrs: 'Multiple-launch rocket system',
  tank: 'Tank',
  drone: 'Drone',
  missile: 'Missile',
  aircraft: 'Aircraft',
  unknown: 'Unknown',
};

export const OBSERVATION_LABELS: Record<ObservationMethod, string> = {
  heard: 'Heard',
  seen: 'Seen',
  camera: 'Camera',
  drone: "Monitors' drone",
  reported_by_third_party: 'Reported by a third party',
};

export const VERIFICATION_LABELS: Record<VerificationStatus, string> = {
  reported: 'Reported',
  corroborated: 'Corroborated',
  verified: 'Verified',
  rejected: 'Rejected',
};

export const VERIFICATION_HINTS: Record<VerificationStatus, string> = {
  reported: 'Filed by a team, not yet checked',
  corroborated: 'A second source agrees',
  verified: 'Established by the mission',
  rejected: 'Found not to have happened as reported',
};

export const VERIFICATION_TONES: Record<VerificationStatus, string> = {
  reported: 'grey',
  corroborated: 'light-blue',
  verified: 'green',
  rejected: 'red',
};

/** ISO 3166-2:UA, in the order of the English names. */
export const REGION_LABELS: Record<UaRegion, string> = {
  'UA-43': 'Autonomous Republic of Crimea',
  'UA-71': 'Cherkasy Oblast',
  'UA-74': 'Chernihiv Oblast',
  'UA-77': 'Chernivtsi Oblast',
  'UA-12': 'Dnipropetrovsk Oblast',
  'UA-14': 'Donetsk Oblast',
  'UA-26': 'Ivano-Frankivsk Oblast',
  'UA-63': 'Kharkiv Oblast',
  'UA-65': 'Kherson Oblast',
  'UA-68': 'Khmelnytskyi Oblast',
  'UA-35': 'Kirovohrad Oblast',
  'UA-30': 'Kyiv',
  'UA-32': 'Kyiv Oblast',
  'UA-09': 'Luhansk Oblast',
  'UA-46': 'Lviv Oblast',
  'UA-48': 'Mykolaiv Oblast',
  'UA-51': 'Odesa Oblast',
  'UA-53': 'Poltava Oblast',
  'UA-56': 'Rivne Oblast',
  'UA-40': 'Sevastopol',
  'UA-59': 'Sumy Oblast',
  'UA-61': 'Ternopil Oblast',
  'UA-05': 'Vinnytsia Oblast',
  'UA-07': 'Volyn Oblast',
  'UA-21': 'Zakarpattia Oblast',
  'UA-23': 'Zaporizhzhia Oblast',
  'UA-18': 'Zhytomyr Oblast',
};

export const keysOf = <K extends string>(r: Record<K, string>) => Object.keys(r) as K[];
