// Capitals and buildings that stand in for a government in wire copy ("Baku said", "the Kremlin
// warned"). Capitals that are also common first names (Victoria, Sofia, Santiago) are left out:
// "Sofia said" is far more often a person.

const CAPITALS = `Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Andorra la Vella|Ankara|Antananarivo|
Apia|Ashgabat|Asmara|Astana|Asuncion|Asunción|Athens|Baghdad|Baku|Bamako|Bangkok|Bangui|Banjul|Beijing|Beirut|
Belgrade|Belmopan|Berlin|Bern|Bishkek|Bissau|Bogota|Bogotá|Brasilia|Brasília|Bratislava|Brazzaville|Bridgetown|
Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo|Canberra|Caracas|Chisinau|Colombo|Conakry|Copenhagen|
Dakar|Damascus|Dhaka|Dili|Djibouti|Dodoma|Doha|Dublin|Dushanbe|Freetown|Gaborone|Georgetown|Guatemala City|
Hanoi|Harare|Havana|Helsinki|Honiara|Islamabad|Jakarta|Jerusalem|Juba|Kabul|Kampala|Kathmandu|Khartoum|Kigali|
Kinshasa|Kyiv|Kiev|Kuala Lumpur|Kuwait City|Libreville|Lilongwe|Lisbon|Ljubljana|Lome|Lomé|London|Luanda|Lusaka|
Luxembourg|Madrid|Majuro|Malabo|Male|Managua|Manama|Manila|Maputo|Maseru|Mbabane|Mexico City|Minsk|Mogadishu|
Monrovia|Montevideo|Moroni|Moscow|Muscat|Nairobi|Nassau|Naypyidaw|N'Djamena|New Delhi|Niamey|Nicosia|Nouakchott|
Nuku'alofa|Oslo|Ottawa|Ouagadougou|Panama City|Paramaribo|Paris|Phnom Penh|Podgorica|Port Louis|Port Moresby|
Port-au-Prince|Port of Spain|Porto-Novo|Prague|Praia|Pretoria|Pristina|Pyongyang|Quito|Rabat|Ramallah|Reykjavik|
Riga|Riyadh|Rome|Roseau|San Jose|San José|San Salvador|Sanaa|Santo Domingo|Sarajevo|Seoul|Singapore|Skopje|
Stockholm|Suva|Taipei|Tallinn|Tarawa|Tashkent|Tbilisi|Tegucigalpa|Tehran|Thimphu|Tirana|Tokyo|Tripoli|Tunis|
Ulaanbaatar|Vaduz|Valletta|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek|Yaounde|Yaoundé|
Yerevan|Zagreb|Stepanakert|Khankandi`;

// Buildings and seats of power used as metonyms; written with their article where they take one.
const METONYMS = `the Kremlin|the White House|Whitehall|Downing Street|Number 10|No 10|the Elysee|the Élysée|
the Elysée|Zhongnanhai|Foggy Bottom|the Quai d'Orsay|Westminster|Holyrood|the Blue House|the Chancellery|
Capitol Hill|the Pentagon|Tehran's clerics|the Vatican|the Porte`;

function words(list: string): string[] {
  return list
    .split("|")
    .map((w) => w.trim())
    .filter(Boolean);
}

/** Longest names first, so "New Delhi" wins over any shorter match. */
export const PLACE_NAMES: readonly string[] = [...words(CAPITALS), ...words(METONYMS)].sort(
  (a, b) => b.length - a.length,
);

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
