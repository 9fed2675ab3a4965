// Common surnames in the Netherlands (own compilation from general knowledge), without particles: "de Vries" is
// stored as "Vries" and found through the particle rules. Includes surnames common among Dutch people with
// Moroccan, Turkish, Surinamese, Antillean, Polish, Syrian, Eritrean and Ghanaian backgrounds; also
// the female -ska/-cka forms of the Polish surnames (Zielinska, Kowalska).
// Frisian and Groningen surnames in -sma/-stra/-inga/-ema/-da/-ia (Tjalsma, Bruinsma, Miedema, Roorda, Runia),
// word-like ones (Zwerver, Vogelzang, Wester) left out.
// Cape Verdean and Portuguese surnames (Semedo, Tavares, Monteiro, Furtado), more Groningen -ema/-inga names,
// Riffian surnames with Ou- (Oukili, Ouahabi); word- or place-like ones (Costa, Lima, Santos, Rocha, Neves) left out.
// Moluccan surnames (Pattiasina, Sahetapy, Wattimena …), more Afghan and Surinamese-Hindustani surnames, and "van Ginkel".
// Punjabi surnames (Sandhu, Dhillon, Grewal, Randhawa); Kaur, like Singh, needs context.
// Bulgarian surnames and their female -ova/-eva forms (Georgieva, Todorova; lexicon.ts also derives the
// female form of every -ov/-ev surname), Romanian -escu names (Petrescu), Serbian, Croatian and Bosnian -ić names (Jovanović).
// A surname that is also a shop chain (Zeeman: "mevrouw J. Zeeman" is a person, the chain needs "bij"; not
// Blokker, also a village: "de Blokker in Hoorn" is the shop); Drenthe and Bentheim surnames (Wübbels, Oldenhof); German surnames of the border regions that are no Dutch word or
// first name (Schwarz, Köhler, Herrmann, Fuchs, Scholz, Möller, Keller, Günther, Schumacher, Krämer, Jäger; not Frank, Simon,
// Martin, Otto, Walter, Winter, Stein, Horn, Engel, Graf, Vogel, Jung, Lang, Koch, Wolf).
// Turkish and Twente surnames that were missing (Karabulut, Karakaya, Elferink); session 43: the West-Brabant Dingemans.
export const SURNAMES = `
Hughes Pritchard Llewellyn Prosser Meredith Whitfield
Dingemans Karabulut Karakaya Elferink Kwarteng Amoah Bonsu Jagesar Eising
Aalbers Aarts Abbink Adriaanse Akkerman Albers Alberts Appelman Arends Baas Bakker Bakkal Balk Bastiaansen Beekman Beentjes Beijer Bekker Bel Bennink Berends Bergsma Beukema Bijl Blok Blom Boersma Bogaard Bolhuis Bom Boon Bosch Bosma Bouma Bouwman Boxtel Brands Brink Broekhuizen Broers Brouwer Bruijn Bruin Bruins Buijs Bulthuis
Claassen Claessens Coenen Cornelissen Coster Dam Damen Dekker Dekkers Dijkman Dijkstra Doorn Driessen Drost Duijn Dusseldorp Eijk Eijkelenboom Evers Faber Feenstra Franken Geerts Gerritsen Goossens Groen Groenewegen Groenewoud Hamstra Hazenberg Heijnen Hendriks Hendrikx Hermans Heuvel Hiemstra Hoekstra Hofman Hogenboom Holwerda Hoogendoorn Hoogeveen Hoogland Horst Houben Huisman Huizinga Hulshof Hulst Jacobs Jansen Janssen Janssens Jonker Jonkman Kamphuis Kempen Keizer Kerkhof Kessels Kleine Klomp Kloosterman Knol Koning Koopman Koster Kooistra Kramer Kroes Kroeze Kroon Kuijpers Kuiper Kuipers Lammers Langeveld Leenders Leeuwen Lemmens Linden Loman Lubbers Maas Martens Meer Meijer Meijers Mertens Meulen Middelkoop Mol Molenaar Mulder Nieuwenhuis Nijhuis Nijland Noordhuis Oosterhuis Oosterom Oosting Otten Peeters Peters Pieters Plas Pol Poort Postma Prins Raaijmakers Rijn Roelofs Rietveld Romijn Roos Ros Rutten Sanders Schaap Scheffer Schipper Scholten Schouten Schreuder Schuurman Siebring Sijbrandij Slot Sluis Smeets Smit Smits Snijders Spijker Stam Steenbergen Stevens Stoffels Swinkels Terpstra Teunissen Thijssen Timmer Timmermans Top Tuinstra Veen Veenstra Veerman Velde Velden Verbeek Verhagen Verheij Verhoef Verhoeven Verkerk Vermeer Vermeulen Verschuren Verstappen Vink Visscher Visser Vliet Vos Vries Vrolijk Wal Wijk Wijnen Willems Willemsen Wit Wolters Wouters Zijlstra Zuidema Zwart Brugman Hamdaoui Kuijper Kok Bos Dijk Berg Boer Graaf Groot Haan Hoek Jong Klein Leeuw Post Ven Vries Laan Beek Broek
Aboutaleb Achahbar Ahmadi Akhiat Amrani Azzouzi Bakkali Belhaj Benali Bouali Bouazza Boukhari Bouzid Chaouch Chaib Chakor Daoudi Elouali Essabri Haddou Hamdi Hassani Idrissi Kaddouri Kasmi Lahlou Marzouki Mansouri Moussaoui Ouali Rachidi Saidi Tahiri Touzani Yahyaoui Zaoui Ziani Ouazzani Bouchikhi Boulahrouz
Akın Akin Aksoy Arslan Aslan Aydın Aydin Balcı Çelik Celik Demir Doğan Dogan Erdoğan Erdogan Güneş Gunes Kaya Kılıç Kilic Koç Koc Korkmaz Kurt Özdemir Ozdemir Öztürk Ozturk Şahin Sahin Şimşek Simsek Tekin Türk Uysal Yavuz Yıldırım Yildirim Yıldız Yildiz Yılmaz Yilmaz Yurt
Amatmoekrim Asaf Biharie Bisoendat Boateng Doelwijt Sedney Emanuelson Fernandes Jairam Kromosoeto Linger Mensah Nelom Pinas Pengel Ramdin Ramdas Ramsaran Sardjoe Sewtahal Tjin Wijngaarde Zeefuik Martina Maduro Felida Statia Isenia Boekhoudt Rosaria Pietersz Sluisdom Ascencion Osei Owusu Asante Appiah Addo Agyeman Amankwah Ofori
Kowalski Kowalska Nowak Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski Mazur Krawczyk
Hassan Al-Hassan Alhassan Haddad Khalil Hamdan Darwish Masri Hussein Abdullah Tesfay Tesfamariam Gebremedhin Haile Kidane Tekle Berhe Habte Ghebreyesus Yusuf Osman Mohamud Warsame Nguyen Tran Pham Le Wang Chen Singh Kumar Sharma Diallo Traoré Traore Camara Bianchi Rossi Garcia Fernandez Rodriguez Silva Santos Müller Mueller Schmidt
Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliinyk Lysenko Marchenko Savchenko Rudenko Petrenko Kovalchuk Polishchuk Tkachuk Savchuk Ivanenko Hrytsenko Pavlenko Wiśniewska Lewandowska Jankowski Nowakowski Pawłowski Michalski Wróbel Jabłoński Majewski Olszewski Grabowski Kaczmarek Ghebremedhin Berhane Woldemariam Gebremariam Mehari Andemariam Tesfamichael Ghebrehiwet Weldemichael Tewelde Asfaha Al-Masri Alhaj Nasser Saleh Kassem Al-Ahmad Al-Hussein Alhussein Al-Khatib Alkhatib Hamoud Suleiman Sulaiman Ibrahim Othman Al-Ali Alali Mansour Jaber Youssef Hijazi Kurdi Zein Çetin Cetin Polat Özkan Ozkan Aktaş Aktas Keskin Uçar Acar Bulut Ünal Kocabaş Bouzian Haddouti Ouahbi Boutaher Aarab Boujdaini Elhamdaoui Bouchtaoui Ouaziz Abarkan Azarkan Benhaddou Boussaid Chakir Essafi Lahlah Mokhtari Yousfi Zerouali Bouzidi Azough Zarrouk Khatib Sitaldin Mahabier Sno Kanhai Jagessar Bhagwandin Sewdien Ramlal Lachmon Ramautar Ramkisoen Soekhoe Jhinkoe Baldewsingh Mohan Fung Pigot Eersel Kross Bendt Kartosen Wongsodikromo Sastromedjo Kromodimedjo Francisca Cijntje Winklaar Koeiman Pieternella Girigorie Constancia Anthonia Zimmerman Wawoe Paulina Josepha Dijkhoff Rojer Leito Clementina Boakye Amoako Darko Acheampong Adjei Annan Ansah Antwi Badu Frimpong Gyamfi Kusi Nkrumah Opoku Sarpong Tetteh Yeboah Abdullahi Jama Omar Hersi Guled Egal Dahir Nur Aden Haji Ahmadzai Rahimi Karimi Hosseini Sultani Noori Hashimi Rezaei Mohammadi Popal Stanekzai Wardak Nazari Dijkema Wiersma Pronk Zoutendijk Kortenhoeven Timmerman Koopmans Oudshoorn Jellema Jongsma Kingma Sikkema Tjeerdsma Wijnja Hofstra Bosgra Rienstra Hettema Groeneveld Kapteijn Kapteyn Achterberg Brinkhuis Rozendaal Lindeboom Willemse Aerts
Aalders Aarsen Abma Adriaansen Alkema Alting Baars Bakkenes Bakx Balkenende Beekhuis Beenhakker Bekkers Bergman Bijlsma Boersema Bolt Bosman Boswijk
Bouwens Bredewold Breedveld Brinkman Broekman Brouwers Bruggeman Bulten Buter Buurman Claassens Dalhuisen Damsma Derks Dijkhuis Dijkhuizen Dirks
Dirksen Doornbos Driesen Dubbeldam Eekhof Eijkman Elzinga Fokkema Franssen Frijns Gaal Geerdink Geurts Gijsbers Goedhart Graafland Groenendijk
Groothuis Gunnink Haanstra Halsema Hartman Heijboer Heijmans Hekman Hemmes Hendriksen Hermsen Hesselink Heuvelman Hilbrands Hoefnagels Hoekman Hoeksma
Hoffman Hofstede Hoogenboom Hooijer Huijbregts Huijgen Hulsebos Hummel IJzerman Jaspers Jelsma Jonkers Joosten Jurgens Kersten Klaassen Kleinjan Klijn
Kloet Kluiver Koenen Koenders Kooij Kooiman Kortekaas Kruijt Kuijk Kwakman Lagerweij Lamers Langen Leeflang Lenders Leijten Leijen Lindhout Luijten
Lutgerink Maassen Meeuwsen Meijering Mensink Merkx Meulenbroek Mooij Mulders Nauta Nieuwenhuizen Nijboer Nijenhuis Nijman Noordam Nooteboom
Oldenburger Olthof Ooms Oosterbaan Oosterveld Pikaar Poels Polman Reijnders Renes Rijken Rijnders Rikkers Ritsema Rooijakkers Rozema Schepers Siebers
Sijbrands Simons Slagter Stegeman Strijbos Swart Toonen Veldhuis Veldman Verboom Verbruggen Verheijen Verweij Vreeken Wagemakers Wessels Westra
Wiegman Zandstra Zwiers Ramaker Bronkhorst Hogendoorn Hoekema Wijnands Roelofsen Beukers Hulsman Kuiters Lodewijks Pouw
Rademaker Ramakers Reinders Reijnen Roeleveld Steenhuis Tiemens Veltman Visschers Vlaar Vrieling Wassink Weijers Wenting Westerhof Wolff Zegers
Zijlmans Aartsen Bouwmeester Geerlings Haverkamp Hiddink Kleinhout Lambrechts Maatman Nijhof Oosterink Pieterse Veenhuis Vermaat Wevers Wijers Bennani
Alaoui Marcouch Belkadi Chentouf Dahmani Fakiri Ghali Hajji Harchaoui Jaddi Khattabi Lahouari Mahdaoui Messaoudi Mimouni Ouarghi Sabri Talhaoui
Yacoubi Zouhri Azaouagh Aouragh Boukhriss Laghmouchi Bouzerda Amhaouch Boutahar Essaadi Abdellaoui Ahajjam Akkouh Bakkouri Baali Chafik Elkaddouri
Lamrabet Morabit Rahmouni Tahri Ziyech Amrabat Afellay Drissi Khayari Bouharrou Azahaf Bouhali Amajjar Elbakkali Elidrissi Benhammou Bouhlal Ouchan
Aharrar Bouzamour Elyounoussi Lahmidi Bouyaghlafen Ait-Taleb Bentaleb Haddaoui Benaissa Chaibi Ezzahraoui Ouaali Altun Avcı Avci Bayram Güler Guler
Işık Isik Karaca Karakaya Kaplan Kartal Koçak Kocak Özcan Ozcan Özer Ozer Sarı Temiz Toprak Turan Uğur Ugur Yalçın Yalcin Yaman Yücel Yucel Yüksel
Yuksel Akgül Akgul Aktürk Bozkurt Duman Ekinci Erdem Erol Karaman Kılınç Kilinc Kocaman Özbek Ozbek Özen Ozen Sönmez Sonmez Tunç Tunc Yazıcı Yazici
Akbulut Coşkun Coskun Sezer Altıntaş Altintas Çakır Cakir Gündoğdu Gundogdu Kahraman Günay Gunay Ateş Ates Bilgin Cinar Çınar Durmaz Genç Genc
Kurtuluş Ocak Önal Onal Özgür Ozgur Sağlam Saglam Tosun Uslu Yiğit Yigit Zengin Ramsahai Ramcharan Ramnath Rampersad Ramdhani Ramkhelawan Raghoenath
Jagernath Jadnanansing Soekhai Sitaram Bhoendie Bihari Chotkan Doerga Gangaram Girdhari Hanoeman Kalloe Kisoensingh Lachman Mangal Matai Nandoe
Oemrawsingh Panday Parbhoe Persad Poeran Radjkoemar Ramjiawan Ramphal Santokhi Sewnarain Sital Somai Tewari Tjon Karsowidjojo Sarmo Soeperman
Kartodikromo Setrowidjojo Atmodimedjo Aloeboetoe Bouterse Brunings Dundas Hoefdraad Kensmil Macnack Mijnals Redan Rozenblad Sabajo Toelsie Vaseur
Wijdenbosch Zalmijn Haakmat Biswane Sewradj Chandoe Autar Baboe Bhikharie Dwarka Gobardhan Jhagroe Kalpoe Mohabier Narain Rambaran Ramlakhan Ramsoekh
Martis Cicilia Josefa Semeleer Wescot Bernadina Croes Eman Marchena Janga Leonora Rosalia Schotborgh Ignacio Mercera Vrutaal Lourens Rijna Coffie
Doran Hato Kirindongo Mathilda Sillé Thode Virginie Najjar Sabbagh Shami Halabi Homsi Kanaan Karam Awad Hamad Hassoun Khoury Mustafa Jasim Kadhim
Rashid Qasim Salman Zaher Mohamad Alsayed Sayed Barakat Daher Dib Fares Ghanem Hamwi Hallak Jabbour Nahas Sleiman Yassin Zaki Alomar Al-Omar Hammoud
Al-Sayed Alabdullah Al-Abdullah Aljasem Alhamad Al-Hamad Alkhalil Al-Khalil Almohammad Al-Mohammad Alhasan Alshami Al-Shami Khaled Nasr Abbas
Gebreyesus Gebremichael Gebrehiwet Kahsay Kiflom Mengsteab Negash Russom Tekeste Tsegay Weldu Zerai Abraha Ghirmay Hagos Teklehaimanot Woldu Asmerom
Okbay Tesfagiorgis Ghebremichael Habtemariam Measho Tecle Yohannes Mehreteab Andom Fitwi Farah Hashi Mohamed Samatar Adan Barre  Elmi Gedi Hirsi
Mursal Nuur Shire Abdille Warfa Dirie Ismail Amiri Azizi Habibi Haidari Jalali Qaderi Rahmani Rasuli Sadat Safi Samadi Sharifi Stanikzai Yousufzai
Zazai Hakimi Akbari Barakzai Durrani Noorzai Nuristani Sahak Jafari Mousavi Rezai Nowicki Wieczorek Jasiński Jasinski Zając Zajac Pawlak Walczak
Sikora Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Marciniak Wróblewski Wroblewski Zalewski Jakubowski Sadowski Włodarczyk Wlodarczyk Kubiak
Kwiatkowski Kaczmarczyk Nowakowska Kowalewski Kamińska Kaminska Mazurek Górski Gorski Rutkowski Popescu Ionescu Dumitru Stoica Constantin Gheorghe
Munteanu Florea Dinu Ionita Georgiev Ivanov Petrov Dimitrov Nikolov Todorov Stoyanov Hristov Kolev Angelov Iliev Marinov Dumitrescu Stanciu Rusu Lungu
Moldovan Ciobanu Bondar Tkach Koval Kravets Oliynyk Shevchuk Romanenko Lytvynenko Zhuk Hnatiuk Kuzmenko Klymenko Ponomarenko Yaremchuk Danylenko
Bilous Horbach Kovtun Sydorenko Zhang Liu Huang Zhou Cheung Hoang Huynh Phan Dinh Adomako Agyei Amponsah Asamoah Boadu Danso Donkor Kyei Obeng Oduro
Okyere Quaye Sarfo Takyi Adeyemi Okafor Okeke Nwosu Adebayo Oyelaran Mensah-Bonsu Owusu-Ansah
Verhelst Desmet Claes Maes Vandenberghe Vandamme Verstraete Declercq Dewulf Vanderlinden Verbeke Verhaeghe Coppens Segers Vermeersch Vercammen Verschueren Vanhoof Dierickx Deprez Dhondt Verlinden Vervoort Geerts Cuypers Claessens Smets Pauwels Vandevelde Verbruggen Baert Cools Aerts Thys Michiels
Schulte Schulze Schulten Wubbels Wubben Weustink Bruggink Rouwenhorst Wolbers Kettelarij Oonk Wissink Gunnewiek Tenhagen Ebbers Beltman Ribbers Verhage Arendsen Luttikhuis Stoffers Harbers Wopereis Esselink Roerdink Heijink Rensink Tiemessen Grooters Hoftijzer Schuiling Huizing Assink Meijerink Hilbrink Leferink Lansink Nijkamp Tijink Wijering Hogeveen Lubberink Stegeman Boschker Hekkelman Rikkerink Vinkenborg Kempink Slotboom Eshuis Hesselink Klompenhouwer Niehof Tuinman Winkelhorst Heuvelink
Lardinois Pluijmakers Pluymaekers Schoonbrood Vluggen Offermans Kleijnen Ubachs Wetzels Habets Knops Vranken Jeurissen Meertens Notermans Schreurs Bemelmans Bessems Bours Cremers Crombach Curfs Dautzenberg Debets Dohmen Dortmans Eussen Geelen Haenen Heijnens
Huijnen Kokkelmans Lenssen Lipsch Meuwissen Moonen Nijsten Pelzer Pijpers Quaedvlieg Raedts Roumen Rompelberg Schiffelers Schins Schmeitz Souren Sijben Stassen Steijns Strijkers Theunissen Ummels Vaessen Vencken Verheggen Voncken Vroemen Wintjens
Xhonneux Beckers Brouns Bronneberg Consten Didden Duijsters Erkens Gielen Heuts Heijenrath Huntjens Körver Lahaye Leunissen Maessen Pasmans Ploumen Quadvlieg Reinartz Savelberg Schobben Spronck Stienen Teeuwen Tummers Verbunt Zinzen Kleikers Hanssen
Muijrers Schols Paulussen Lumeij Frissen Coumans Ramaekers Mevis Sniekers Hilkens Coolen Okkerse Dingemanse Kodde Minnaard Bimmel Wisse Provoost Cijsouw Sinke Harthoorn Koppejan Lindenbergh Marijs Meijaard Wondergem Goedegebure Huibregtse Kaland Lievense
Louwerse Melse Moens Poortvliet Sanderse Tolhoek Verhulst Wielemaker Jobse Kasse Nijsse Adriaansens Schrier Flipse Geuze Hamelink Traas Smulders Bressers Brekelmans Cuijpers Donkers Habraken Heesterbeek Hurkmans Mommers Pijnenburg Schellekens Tielemans Vissers
Wagemans Ermens Kuppens Hoppenbrouwers Pennings Vugts Manders Biemans Klerkx Versteegen Dirckx Rooijmans Bogers Verschuuren Panhuizen Pulles Vingerhoets Oerlemans Lathouwers Rijkers Bastiaans Wolterink Pierik Kleissen Velthuis Kempers Oosterhof Tijhuis Maathuis Waanders
Morsink Stokkers Lucassen Al-Hamwi Alhamwi Alahmad Almasri Al-Najjar Al-Zoubi Alzoubi Zoubi Al-Kurdi Alkurdi Al-Halabi Al-Homsi Hamdoun Al-Jasem Qassem Younes Issa Khalaf Hammadi Shaheen Obeid Shehadeh Sweid Taha Bakhuis Clemencia Sulvaran
Gomes Mercelina Richardson Beaumont Everts Henriquez Lopez Meyer Obispo Sanchez Silberie
Kloosterboer Greijdanus Reinalda Bogerman Groenhuysen Noordik Hooghuis
Terberg Kwekkeboom Peijnenburg Heisterkamp Mossel
Lenaerts Lenaers Senden Leemans Moors Ceulemans Jorissen Swinnen Hendrickx Reynders Vrancken Bosmans Verheyen Geukens Gijbels Vanhees Vanderhoydonck Lemmens Daniëls Ruttens Vandeweyer Vanlommel Vanmechelen Thys Wuyts Vermeulen Vanaken Vandersmissen Bijnens Cox Lambrechts Claesen Vaesen Bamps Stijnen Ramaekers
Ghebremariam Gebremariam Ghebremedhin Gebremeskel Ghebrehiwet Tesfamichael Habtemichael Kidanemariam Haileselassie Gebreegziabher Weldemariam Woldemariam Tewelde Mehari Gebru Araya
Venkataraman Subramanian Srinivasan Krishnamurthy Ramanathan Raghavan Balasubramanian Natarajan Ramaswamy Narayanan Iyer Iyengar Pillai Menon Reddy Chatterjee Banerjee Mukherjee Gupta Patel Mehta Desai Joshi Agarwal Chaudhary
Rasenberg Koevoets Hagenaars Lambregts Suijkerbuijk Suykerbuyk Verheezen Rijnen Akkermans Luijks Verbraak Rommers Mathijssen Quist Poppe Bolier Koole Minderhoud Meulmeester Dieleman Boone Steketee Polderman Verpoorte Bliek Leijnse Janse Wattel Goedegebuure Buijze Roelse Kesteloo Schrauwen Oomen Koenraadt Snepvangers Jochems Hoogesteger Gils Gorp Sluijs Oers Belzen Vermue
Truijen Truyen Ploum Pluijmen Hendrix Meulenberg Rouwette Wolfs Dassen Gulikers Kusters Paulissen Ruijters Sijstermans Thewissen Hupperetz Pinckaers Mullenders Keulers Laeven Hermens Dreessen Pustjens Verheesen Dubois Lambert Dupont Claeys Clercq Leclercq Vermeiren Broeck Laurent Meulenaere Wauters Goethals Vanderstraeten Verhaegen Schmitz Schneider Fischer Weber Wagner Becker Schulz Hoffmann Schäfer Bauer Richter Schröder Neumann Zimmermann Krüger Hofmann Hartmann Krause Lehmann Heinrichs Küpper Kreutz Offergeld
Wisniewska Zielińska Zielinska Szymańska Szymanska Dąbrowska Dabrowska Kozłowska Kozlowska Jankowska Pawłowska Pawlowska Michalska Jabłońska Jablonska Majewska Olszewska Grabowska Nowicka Jasińska Jasinska Ostrowska Tomaszewska Wróblewska Wroblewska Zalewska Jakubowska Sadowska Kwiatkowska Kowalewska Górska Gorska Rutkowska Piotrowska Malinowska Jaworska Sikorska Zawadzka Chmielewska Borkowska Czarnecka Sawicka Sokołowska Sokolowska Urbańska Urbanska Maciejewska Szczepańska Szczepanska Kucharska Kalinowska Wysocka Adamska Wasilewska Czerwińska Czerwinska Andrzejewska Głowacka Glowacka Zakrzewska Krajewska Gajewska Baranowska Laskowska Brzezińska Brzezinska Makowska Ziółkowska Ziolkowska Przybylska
Tjalsma Sikma Haitsma Sijbesma Twijnstra Tjepkema Tilma Wijbenga Feddema Atsma Algra Anema Adema Agema Algera Annema Attema Baarda Bangma
Beetstra Bekkema Bijma Bloemsma Boonstra Bottema Bouwsma Brandsma Breeuwsma Bruinsma Buma Buwalda Dijksma Dotinga Douma Draaisma Draisma Eisma
Elsinga Engelsma Epema Fennema Folkertsma Fokkinga Gaastra Galama Geertsma Gerbrandy Gorter Haagsma Hallema Harkema Heeringa Heida Hellinga Hepkema
Hettinga Hiddema Hielkema Hoitinga Hommema Hylkema Idema Idsinga Jaarsma Jansma Kamstra Kiestra Lemstra Leistra Linstra Looijenga Lycklama Meinsma
Miedema Minnema Monsma Obbema Oenema Offringa Okkema Osinga Ottema Palsma Pasma Pieksma Plantinga Poelstra Posthuma Reitsma Riemersma Rijpma Rinsma
Rispens Roorda Runia Rypma Salverda Santema Schaafsma Sietsma Sijtsma Sinnema Sjaarda Smeding Sminia Sonnema Speerstra Spoelstra Stegenga Steenstra
Strikwerda Sybesma Taekema Talsma Tamminga Teensma Tiemersma Tiesinga Tijsma Tjeerdema Tolsma Vellinga Vlietstra Wadman Walinga Wiegersma Wielenga
Wierda Wijma Wijnia Wouda Ykema Yntema Zeilstra Gerritsma Bokma Jorritsma Kootstra Kuindersma Lolkema Oostra Rinzema Sieperda Tjoelker Ypma Bergstra
Hoeksema Kuperus Siersema Sijperda Nijdam Holtrop Hogeterp Jetten Kalma Keuning Terpsma Tjallema Bakema Dykstra Feitsma Grijpstra Hoogterp Jilderda
Koopal Lettinga Oldersma Rodenhuis Triemstra Westerhuis Wijbrandi
Semedo Tavares Lopes Fortes Monteiro Varela Cabral Furtado Correia Veiga Brito Andrade Moreira Delgado Mendes Gomes Rodrigues Fernandes Pereira Teixeira Barbosa Carvalho Sousa Souza Almeida Duarte Oliveira Baptista Batista Cardoso Pinto Freitas Semedo Tavares Évora Gonçalves Goncalves Ribeiro
Venema Wierenga Haikema Hazenga Jelsema Kamminga Lubbers Meinema Reinders Smeenge Steenhuis Sikkema Tuinstra Wolthuis Zijlema
Oukili Ouahabi Ouaali Oubaha Oukhaddou Ouchen Ouarti Ouzzine
Pattiasina Sahetapy Wattimena Latuheru Manuputty Pattipeilohy Tuhumury Sopacua Tahapary Nanlohy Pelupessy Siahaya Lekatompessy Matulessy Leiwakabessy Tehupeiory Huwae Souisa Pattikawa Pattinama Latumahina Tuanakotta Ririmasse Tanasale Sapulette Tomasoa Nikijuluw Lewerissa Saimima Hehanussa Tamaela Pattiwael Titaley Lopulalan Metekohy Haurissa Maitimu Lawalata Latupeirissa Sahertian Salakory Leatemia Pattiradjawane Manusama
Hussaini Siddiqi Faizi Wahidi Rasooli Sadat Nazari Yousufi Popalzai Ahmadzai Mohmand Amin
Bissessar Baldew Bhola Soerdjan Soekhlal Jadnanansing Ramdhani Ramnath Matadin Lachmon Sital Gobardhan Jamaludin Mangre
Ginkel
Sandhu Dhillon Sidhu Grewal Brar Sekhon Randhawa Bajwa Virk Dhaliwal Gill Bains Chahal Sangha Johal Aulakh
Georgieva Ivanova Petrova Dimitrova Angelova Stoyanova Nikolova Todorova Ilieva Hristova Koleva Marinova Kostadinov Kostadinova Yordanov Yordanova Popov Popova Vasilev Vasileva Atanasov Atanasova Pavlov Pavlova Mihaylov Mihaylova Genchev Gencheva Petkov Petkova Dimov Dimova Tsvetkov Tsvetkova Kirilov Kirilova Zhelev Zheleva Petrescu Georgescu Constantinescu Marinescu Stanescu Popovici Dumitrescu Vasilescu Radulescu Nistor Lungu Moraru Jovanović Jovanovic Petrović Petrovic Nikolić Nikolic Marković Markovic Đorđević Djordjevic Stojanović Stojanovic Ilić Ilic Pavlović Pavlovic Todorović Todorovic Kovačević Kovacevic Babić Babic Horvat Novak Mitrović Mitrovic Popović Popovic Živković Zivkovic Radović Radovic Hodžić Hodzic Begić Begic Mehmedović Mehmedovic
Zeeman Wübbels Wubbels Oldenhof Schwarz Braun Schmitt Meier Schmid Maier Köhler Herrmann Mayer Huber Fuchs Scholz Möller Weiß Hahn Keller Günther Winkler Baumann Franke Albrecht Schuster Böhm Kraus Schumacher Krämer Vogt Jäger Seidel Brandt Schreiber Dietrich Ziegler Kuhn Kühn Pohl Bergmann Voigt Sauer Pfeiffer Roth
Rouwhorst Wikkerink
Rooij Rooy Werkman
`;

// Surnames that are also ordinary words (or rivers, directions): a person only with context
// (title, initials, first name, particle), never on their own.
// Bollen (flower bulbs: "| Bollen sorteren | 50% |" in a loonwaardemeting), like Slangen and Kolen.
// The Zeeland surname Kraker ("mw de kraker"; also the word for a squatter).
export const AMBIGUOUS_SURNAMES = `
Kraker Kleine
Rust Onrust Voogd Vrij Kracht Hart Tel Post Kok Bos Dijk Berg Boer Graaf Groot Haan Hoek Jong Klein Leeuw Ven Vries Laan Beek Broek
Dam Groen Maas Meer Mol Pol Roos Ros Slot Top Vink Vos Wit Zwart Wal Wijk Plas Poort Horst Veen Vliet Sluis Velde Velden Linden Heuvel Rijn
Prins Keizer Koning Schaap Timmer Stam Bel Balk Blok Boon Bom Kroon Knol Brink Bijl Baas Spijker Doorn Eijk Hulst Kempen Meulen Kerkhof Bruin Bruins
Hassan Le Singh Kaur Osman Asaf Linger Statia Mazur Martina Koster
Bont Haak Hak Helder Kamp Kolk Kriek Lange Loos Maat Pauw Pijl Pot Snel Spaan Span Tol Valk Kievit Vrolijk Ruiter Hof Gort Stoel Spruit Tuin Roest
Schilder Schipper Smid Spek Plomp Winters Sloot Borst Severs Elshof Daal Martha Maria Popa Baran Duda Kara Eren Oral Gül Metin Nur Ganga Moroz Radu
Ploeg Kamps Hoving
Braam Ooms
Slangen Kolen Jongen Hamers Vleugels Rovers
Vliegen Meesters Smet
Bollen
Winter
`;
