// Denmark's 98 kommuner (code, name, region code, inhabitants in thousands,
// rounded): the population is the weight a kommune's share of the generated
// cases gets, so a few large kommuner hold most of them as in reality.
// Regions: 1081 Nordjylland, 1082 Midtjylland, 1083 Syddanmark,
// 1084 Hovedstaden, 1085 Sjælland.

export const REGIONS = [
  { code: "1081", name: "Region Nordjylland" },
  { code: "1082", name: "Region Midtjylland" },
  { code: "1083", name: "Region Syddanmark" },
  { code: "1084", name: "Region Hovedstaden" },
  { code: "1085", name: "Region Sjælland" },
];

const TABLE = `
0101 København 1084 660|0147 Frederiksberg 1084 104|0151 Ballerup 1084 52|0153 Brøndby 1084 35|0155 Dragør 1084 15
0157 Gentofte 1084 75|0159 Gladsaxe 1084 70|0161 Glostrup 1084 24|0163 Herlev 1084 30|0165 Albertslund 1084 28
0167 Hvidovre 1084 54|0169 Høje-Taastrup 1084 58|0173 Lyngby-Taarbæk 1084 57|0175 Rødovre 1084 41|0183 Ishøj 1084 24
0185 Tårnby 1084 44|0187 Vallensbæk 1084 17|0190 Furesø 1084 41|0201 Allerød 1084 26|0210 Fredensborg 1084 41
0217 Helsingør 1084 63|0219 Hillerød 1084 53|0223 Hørsholm 1084 25|0230 Rudersdal 1084 57|0240 Egedal 1084 44
0250 Frederikssund 1084 46|0260 Halsnæs 1084 32|0270 Gribskov 1084 41|0400 Bornholm 1084 39
0253 Greve 1085 51|0259 Køge 1085 62|0265 Roskilde 1085 90|0269 Solrød 1085 24|0350 Lejre 1085 29
0306 Odsherred 1085 33|0316 Holbæk 1085 73|0320 Faxe 1085 37|0326 Kalundborg 1085 49|0329 Ringsted 1085 36
0330 Slagelse 1085 80|0336 Stevns 1085 24|0340 Sorø 1085 30|0360 Lolland 1085 40|0370 Næstved 1085 84
0376 Guldborgsund 1085 60|0390 Vordingborg 1085 46
0410 Middelfart 1083 40|0420 Assens 1083 41|0430 Faaborg-Midtfyn 1083 52|0440 Kerteminde 1083 24|0450 Nyborg 1083 32
0461 Odense 1083 207|0479 Svendborg 1083 59|0480 Nordfyns 1083 29|0482 Langeland 1083 12|0492 Ærø 1083 6
0510 Haderslev 1083 55|0530 Billund 1083 27|0540 Sønderborg 1083 74|0550 Tønder 1083 37|0561 Esbjerg 1083 116
0563 Fanø 1083 4|0573 Varde 1083 50|0575 Vejen 1083 43|0580 Aabenraa 1083 58|0607 Fredericia 1083 52
0621 Kolding 1083 95|0630 Vejle 1083 120
0615 Horsens 1082 97|0657 Herning 1082 90|0661 Holstebro 1082 59|0665 Lemvig 1082 19|0671 Struer 1082 21
0706 Syddjurs 1082 43|0707 Norddjurs 1082 37|0710 Favrskov 1082 50|0727 Odder 1082 23|0730 Randers 1082 99
0740 Silkeborg 1082 97|0741 Samsø 1082 4|0746 Skanderborg 1082 64|0751 Aarhus 1082 367|0756 Ikast-Brande 1082 42
0760 Ringkøbing-Skjern 1082 56|0766 Hedensted 1082 47|0779 Skive 1082 46|0791 Viborg 1082 98
0773 Morsø 1081 20|0787 Thisted 1081 43|0810 Brønderslev 1081 36|0813 Frederikshavn 1081 59|0820 Vesthimmerlands 1081 36
0825 Læsø 1081 2|0840 Rebild 1081 31|0846 Mariagerfjord 1081 42|0849 Jammerbugt 1081 38|0851 Aalborg 1081 222
0860 Hjørring 1081 64`;

export const KOMMUNER = TABLE.trim()
  .split(/[|\n]/)
  .map((entry) => {
    const [code, name, region, thousands] = entry.trim().split(" ");
    return { code, name, region, weight: Number(thousands) };
  });

if (KOMMUNER.length !== 98) throw new Error(`expected 98 kommuner, found ${KOMMUNER.length}`);
