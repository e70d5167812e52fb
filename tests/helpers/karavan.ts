// An article written for the tests: none of its names (Karavan Holding, Selim Dökmeci) is in the
// shipped gazetteer, so they come back as suggestions.
export const KARAVAN_TEXT =
  "Karavan Holding, Almatı'da yeni bir fabrika açtı. Şirketin Genel Müdürü Selim Dökmeci, " +
  "Kazakistan Cumhurbaşkanı Kasım-Jomart Tokayev ile görüştü. Dökmeci, Karavan Holdingin " +
  "Kazakistan pazarında faaliyet gösterdiğini söyledi.";
