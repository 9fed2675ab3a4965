// Generic abbreviations of school types, care forms and services that every region has: "zit op het ROC", "naar het
// AZC", "op het CB" (consultatiebureau), "(VWN)" (VluchtelingenWerk, in every town), and a firm's own units ("het DC van Jumbo", "met het MT"). They name no particular organisation (convention: generic services stay unflagged), so a frame
// that reads an unknown abbreviation as an organisation ("zit op het DSC", "Fenna (SWKP)") leaves them.
// (session 50: the PVT, a municipal pre-approach team, and the MAP, the inburgering module Arbeidsmarkt en Participatie:
// "rol van de klantmanager bij het PVT en de MAP")
// Lower case, "|" separated.
export const GENERIC_ABBREVIATIONS = `roc|mbo|hbo|wo|vmbo|havo|vwo|avo|lwoo|pro|vso|so|sbo|sbao|po|vo|isk|nt2|bbl|bol|azc|coa|umc|cao|pgb|zzp|kdv|bso|psz|vve|ikc|kc|obs|cbs|pc|rk|smw|amw|jgz|cjg|ggd|ggz|vggz|wmo|wsw|sw|ww|aow|anw|iva|wia|wga|wajong|uwv|svb|duo|cjib|cak|cbr|rdw|kvk|om|ind|ibg|lbio|nibud|nvvk|wsnp|bkr|abc|ok|ic|seh|ad|hr|ict|it|tv|gsm|dc|mt|ot|hq|pr|cb|vwn|vog|id|bsn|sofi|brp|gba|avg|pvt|map`;
