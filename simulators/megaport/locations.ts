import type { TLocation } from "./records";

/** Real Megaport data centres, as the recorded products name them. */
export const LOCATIONS = {
  sydney: { id: 2, name: "Equinix SY1", city: "Sydney", metro: "Sydney", country: "Australia", market: "AU" },
  sydneyAirTrunk: { id: 674, name: "Datacom@AirTrunk Sydney", city: "Sydney", metro: "Sydney", country: "Australia", market: "AU" },
  brisbane: { id: 383, name: "NextDC B2", city: "Brisbane", metro: "Brisbane", country: "Australia", market: "AU" },
  auckland: { id: 33, name: "Datacom 6 Orbit", city: "Auckland", metro: "Auckland", country: "New Zealand", market: "NZ" },
  newYork: { id: 62, name: "Digital Realty NYC1", city: "New York", metro: "New York", country: "USA", market: "US" },
  ashburn: { id: 67, name: "Equinix DC4", city: "Ashburn", metro: "Ashburn", country: "USA", market: "US" },
  sanJose: { id: 77, name: "CoreSite SV1", city: "San Jose", metro: "Bay Area", country: "USA", market: "US" },
  seattle: { id: 58, name: "Internap SEF", city: "Seattle", metro: "Seattle", country: "USA", market: "US" },
  houston: { id: 228, name: "Databank HOU5", city: "Houston", metro: "Houston", country: "USA", market: "US" },
  frankfurt: { id: 131, name: "Equinix FR5", city: "Frankfurt", metro: "Frankfurt", country: "Germany", market: "DE" },
  amsterdam: { id: 518, name: "Iron Mountain Amsterdam", city: "Amsterdam", metro: "Amsterdam", country: "Netherlands", market: "NL" },
  dublin: { id: 96, name: "Interxion DUB2", city: "Dublin", metro: "Dublin", country: "Ireland", market: "IE" },
  tokyo: { id: 560, name: "Equinix TY2", city: "Tokyo", metro: "Tokyo", country: "Japan", market: "JP" },
} as const satisfies Record<string, TLocation>;

export type TLocationName = keyof typeof LOCATIONS;

export function detailOf(location: TLocation) {
  return { name: location.name, city: location.city, metro: location.metro, country: location.country };
}
