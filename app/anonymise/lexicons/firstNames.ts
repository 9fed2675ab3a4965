// Common first names in the Netherlands (own compilation from general knowledge), including names common among
// Dutch people with Moroccan, Turkish, Surinamese, Antillean, Syrian, Eritrean, Somali, Afghan, Ghanaian and Polish
// backgrounds (more Romanian, Bulgarian and German border-region names: Radu, Oana, Veselina, Willi),
// and Indian names common among expats (Aarav, Vihaan, Ananya). Space separated; matched case-sensitively with a capital letter (or in full capitals).
// Kurdish names (Rojda, Hevin, Dilan, Serhat, Berfin), more Moroccan (Rim, Meriem, Kenza), Turkish, West
// African and German (Markus, Katharina) names, Dutch ones that were missing (Eveline, Elise, Niki, Thirza, Djarno, Henk-Jan);
// Bo is no longer context-only (capital "BO", basisonderwijs, is not read as a name) and Matei is a first name.
// Cape Verdean, Portuguese and Brazilian names (Armindo, Jurandy, Filomena, Lurdes) and older Groningen and
// Drenthe women's names (Albertha, Hillechien, Wubbina).
// Afghan (Jawid, Mursal, -ullah names) and Surinamese-Hindustani first names (Sita, Nirmala, Savitri, Vidya).
// Punjabi (Sikh) first names common among expats and earlier migrants (Harpreet, Gurpreet, Kuldeep, Navjot).
// Turkish first names still missing (Dilara, Damla, Ebrar, Aslı, Öykü, Cansel, Batuhan, Yakup, Zafer).
// Dutch first names of every generation that were still missing (Pauline, Clara, Louise, Susan, Klazina,
// Diederik, Marnix, Tijmen: "Behandelaar: Pauline Wassenaar" was read as an organisation at a place); Turkish women's names of
// the first generation (Mevlüde, Perihan, Saadet, Hanife, Melahat, Gönül, Havva, Nazife, also without diacritics: Ozlem, Serife);
// Curaçao and Aruba names (Marcha, Shurmaine, Migdalia, Jurich, Vurnon, Churandy); Cape Verdean and Portuguese men's names
// (Nelson, Wilson, Hélder, Valdemar; not "Helder": the Dutch word and Den Helder); Polish names in their genitive, dative and
// accusative forms in Polish note lines ("Dla Ewy:", "dla Kasi", "u Piotra", "z Krzysztofem"); not the short forms that are
// Dutch words or slang in lower case (Ani, Oli, Asi: "wat een asi").
// Serbian, Croatian, Bosnian and Macedonian names (Goran, Dragan, Vesna, Jelena), Bulgarian and Romanian
// names still missing (Mihail, Teodora, Vasil, Ionela), Moroccan spelling variants (Youssra, Yusra). "Iva" stays out (IVA, the law).
// Syrian girls' names that were missing (Rama, Ghina, Tala, Joud, Ranim; not "Lama", "Mais": words).
// Antillean, Surinamese and Baltic names that were missing (Shurwayne, Jurson, Shanaira, Rinia, Rūta, Mikiel, Rayen, Rachelle).
// Dutch short and compound names and English-style names that were missing (Sil, Gertjan, Maja, Sylvana, Amaya, Destiny).
// Antillean, Latin-American, Brazilian, Indonesian, Japanese/Arabic and older Dutch names that were missing (Zuleyka, Nayeli,
// Thaís with its accent: "Thais" is the language; Sasmita, Sana, Ludwina, Edna).
// Antillean and English-style names (Jeremiah, Kyle, Sharlene, Kyrone, Gianny), Portuguese Lúcia and Zé, Dutch Henkie,
// Javanese single names (Sutrisno, Soedarsono).
// Lithuanian first names of labour migrants and their children (Matas, Emilija, Mindaugas, Vytautas, Austėja), Akan day
// names of Ghanaian families (Kojo, Akos, Ekow, Kwabena), German and Frisian children's names (Merle, Hannes, Finnja) and
// English-style Dutch names (Tyler, Cheyenne, Kayleigh); Till stays context-only (the English word).
// (session 34: Devin, Devon, Jaylee, Rosário and Surinamese-Hindustani Kalawatie, Soekwatie, Parwatie, Radjkoemar, Ranjiet)
// (session 42: the Surinamese Jayvano, the Irish Siobhan; session 43: the Antillean Jayline)
// (session 45: common English and Irish first names that were missing: Rachel, William, Matthew, Karen, Sean, Niamh …; Aline,
// the Somali Mustafe; the Latin baptismal names of official documents: Gerardus, Antonius, Josephus … (not Theodorus,
// Bernardus, Norbertus: a tobacco firm, a housing body and a college in the corpus))
// (session 46: the Limburg/Rhineland short form Jupp; Jaïra)
export const FIRST_NAMES = `
Jupp Jaïra Jaira Graham Gareth Rachel Aline Mustafe Gerardus Antonius Henricus Franciscus Godefridus Josephus Lambertus Leonardus Paulus Stephanus Arnoldus Engelbertus Everardus Gijsbertus Aloysius Antonie Augustinus Christianus Dominicus Egbertus Fredericus Gerhardus Hermanus Ignatius Josef Laurentius Rudolphus Antonia Josephina Hubertina William Matthew Andrew Christopher Kate Karen Elizabeth Megan George Charles Anthony Joshua Henry Charlie Connor Sean Scott Terry Walter Roger Keith Carl Alan Wayne Ralph Heather Deborah Brittany Chloe Madison Lily Evie Poppy Ruby Freya Imogen Phoebe Holly Kirsty Nicola Joanne Tracey Donna Fiona Aoife Niamh Ciara Sinead Declan Ciaran Conor Padraig Seamus Eoin Rhys Dafydd Gethin Emyr Siân Cerys Bethan
Jayvano Siobhan Jayline
Jorieke Geartsje Wietske Hiske Tjitske Sjoukje
Devin Devon Jaylee Kalawatie Soekwatie Parwatie Radjkoemar Ranjiet Rosario Rosário
Matas Mindaugas Vytautas Giedrius Dainius Saulius Gintaras Andrius Mantas Tadas Paulius Domantas Arnas Rokas Emilija Austėja Austeja Gabija Ieva Jurgita Vilma Agnė Kotryna Ugnė Gintarė Rasa Ivelina
Kojo Akos Ekow Kwabena Kwaku Kwesi Yaw Akosua Adwoa Abena Efua
Merle Hannes Finnja Jonte Malte Wiebke Annegret Wilfried
Tyler Cheyenne Kayleigh Kaylee Desi Sofian Wulan Adi
Jaden Dyllan Jaydon Jaylen Jurvin
Zuleyka Nayeli Thaís Sasmita Sana Ludwina Edna
Sil Gertjan Gert-Jan Maja Sylvana Amaya Destiny
Goran Dragan Zoran Nenad Dejan Vesna Snežana Snezana Jelena Marija Milica Aleksandar Nikola Bojan Predrag Slobodan Branko Miroslav Dušan Dusan Ivana Tijana Dragana Zorica Biljana Mirjana Miloš Milos Jovana Dimitrije Vladimir Mihail Svetla Teodora Ralitsa Boryana Vasil Lyudmila Svetoslav Tsvetomir Emil Nikol Aleks Ionela Dorin Ștefan Lavinia Emilia Youssra Yusra Ousama Houssam
Dilara Damla Ebrar Aslı Asli Öykü Oyku Cansel Batuhan Yakup Zafer
Antoni Antoine Grace Hasti Parsa Parisa Shadi Shirin Arash Arman Kian Darya Dorsa Yasna Mahsa Niloufar Nilufar Parastoo Behnaz Reza Hossein Farzaneh Kourosh
Krasimir Dimitar Georgi Boyan Zdravko Lyubomir Radoslav Kaloyan Yordan Rumen Tsvetan Galina Rositsa Tsvetelina Mariyana Yordanka Vesela Nadezhda Kremena
Krisztina Katalin Zsófia Zsofia Zsuzsanna Ildikó Ildiko Erzsébet Gábor Gabor László Laszlo Zoltán Zoltan Attila Tamás Tamas Balázs Balazs Krisztián Bence Levente Csaba Ágnes Agnes Eszter Réka Tímea Anikó Judit Orsolya István Istvan György Ferenc Sándor Sandor Imre
Rinse Rinze Hylke Sieds Folkert Jelmer Tjeerd Harmen Wiebren Jorrit Sjouke Fokko Gerlof Wiebe Bouwe
João Joao Gonçalo Goncalo Tiago Thiago Nuno Luís Inês Ines Mariana Rafaela Vinícius Vinicius Leandro Rodrigo Fernanda Juliana Camila Larissa Paulo
Ferry
Harie Wiel Zef Jeu Giel Mia Sjoke Bèr Dolf Lowie Mathieu
Dion Jarno Marvin Randy Miranda Natasja Debora Jana Deqa Mulu Alexandru Jing Aarav Vihaan Ananya Rohan Deepak Aditya Ishaan Reyansh Krishna Aadhya Diya Saanvi Anika Kavya Pooja Sneha Rahul Amit Gaurav Saurabh Abhishek Ankit Rohit Pradeep Priyanka Vikram Lakshmi Divya Neha Shreya Aditi Karthik Venkat Srinivas Harsha Nikhil Manoj Ganesh Arun Varun Tarun Siddharth Aryan Vivaan Advait Meera Riya Tanvi
Luca Mason Rayan Elin Jayda Shaniya Shania Dani Noé Jaylano Djeison Dewayne Imran Lorenzo Owen Xavi Jort Jinte Luna Marga
Aad Aafke Aagje Aaliyah Aaron Abdel Abdelaziz Abdelhak Abdelkader Abdellah Abdelmajid Abdullah Abdul Abdi Abdirahman Abdoel Abel Abena Abraham Adam Adil Adnan Adriaan Adrianus Adrie Agnes Ahmad Ahmed Ahmet Aicha Aisha Aïcha Ajay Akash Akosua Albert Aleksander Aleksandra Alex Alexander Alexandra Ali Alice Alicia Alida Alina Alisha Amal Amanda Amber Amina Aminata Amira Amir Amy Ana Anas Andre André Andrea Andreas Andrzej Anil Anita Anja Anke Ankie Anna Anne Anneke Annelies Annemarie Annemieke Anouk Anton Antoon Anwar Arda Arie Arjen Arjun Arnold Arthur Asha Ashley Asiye Astrid Ayaan Ayaz Ayla Aylin Ayoub Ayşe Ayse Aziz
Babette Bahar Barbara Bart Bas Bastiaan Beatrix Bea Bekir Belinda Ben Benjamin Bernard Berend Bert Bertus Betty Bianca Bilal Bilge Birgit Bjorn Björn Boaz Bob Boris Bouchra Boudewijn Brahim Bram Brenda Brian Bruno Burak Büşra Busra
Can Carla Carlos Carmen Caroline Cas Casper Catharina Cees Celine Cem Charlotte Chantal Chaima Chris Christa Christiaan Christian Christina Christine Cindy Claire Claudia Coby Colin Cor Corinne Cornelis Corrie Daan Dagmar Damian Daniel Daniël Daniela Danny Dave David Dawid Dean Debby Demi Dennis Derk Desiree Dewi Diana Dick Diego Dimitri Dina Dirk Djamila Dominique Donovan Dora Doris Dorien Dorota Douwe Duygu Dylan
Ebru Eddy Edith Edwin Eef Eelco Eline Elif Elisa Elisabeth Ellen Els Elsa Elvira Emel Emily Emine Emma Emre Enzo Eric Erik Ermias Ernst Erwin Esma Esmee Esra Esther Ethan Eva Evelien Evert Ewa Ezra
Fabian Fadoua Faisal Farah Farid Fatima Fatma Fatih Femke Ferdinand Fernando Filip Finn Floortje Floris Frank Frans Fred Frederik Freek Frits Fuad
Gabriel Gaby Gerard Gerben Gerda Gerrit Gert Gerrie Gijs Gilbert Gina Gino Glenn Gonda Gregory Grzegorz Gül Gülay Guus
Habib Hadewych Hakan Hamid Hamza Hanan Hanna Hannah Hanneke Hans Harm Harrie Harry Hasan Hassan Hatice Hawa Hayat Hector Hedwig Heleen Helen Helena Hendrik Hendrika Henk Henny Henri Herman Hester Hicham Hilde Hiwet Hoa Huda Hugo Hüseyin Huseyin
Ian Ibrahim Ilse Iman Imane Imke Inge Ingrid Ineke Irene Iris Isa Isabel Isabella Ismail Ivan Ivo Izabela
Jaap Jack Jacob Jacqueline Jacques Jade Jakub Jamal Jamila James Jan Janine Janneke Jannes Jansje Jason Jasmijn Jasmina Jasper Jayden Jaylinn Jean Jeanette Jelle Jenny Jeroen Jesse Jessica Jet Jill Jim Joanna Joep Johan Johanna Johannes John Jolanda Jonas Joost Joris Jorge Jos Josefien Joseph Josephine Joyce Juan Judith Julia Julian Julie Julius Justin Jurgen Jürgen
Kaan Kacper Kai Karel Karim Karin Kasper Katarzyna Katja Kees Kelly Kemal Kenan Kenneth Kevin Khadija Khalid Kim Kimberley Klaas Koen Kofi Kristel Krzysztof Kwame Kwabena
Lamia Lars Latifa Laura Lauren Leila Layla Lea Lena Leo Leon Leonie Levi Lex Liam Lidia Lieke Lies Lieve Lilian Lina Linda Lisa Liselotte Lisette Liz Lizzy Lois Lot Lotte Louis Lucas Lucia Lucy Luka Lukas Luuk Lydia
Maaike Maarten Madelon Mahmoud Malika Manon Mansour Marc Marcel Marco Marek Margriet Maria Mariam Marian Marianne Marie Mariska Marieke Marijke Marina Mario Marion Marjan Marjolein Mark Marleen Marloes Marlies Marta Martijn Martin Martina Martine Marwa Mary Maryam Mateusz Mathijs Matthijs Max Maxime Mehmet Melanie Melissa Meltem Mendel Mercy Merel Mette Michael Michel Michelle Michiel Miguel Mila Milan Mirjam Miriam Mo Mohamed Mohammed Mohammad Monique Mounir Mourad Mustafa Myrthe
Nadia Nadine Nadir Naima Najib Nancy Naomi Nasrin Natalia Natasha Nathalie Nick Nicole Niels Nienke Nina Nisa Noa Noah Noor Nora Norbert Nouri Nouredine Nuray
Olga Oliver Olivier Omar Omid Orhan Oscar Osman Otto Ouafa Özlem
Patrick Patricia Paul Paula Pawel Paweł Peter Petra Petrus Piet Pieter Pim Piotr Pleun Priscilla
Quinten Rachid Rachida Rafael Rahma Rajesh Ramon Rana Rania Rashid Raymond Rebecca Redouan Remco Remy Renate René Rianne Ricardo Richard Rick Rik Rina Rita Rob Robert Robin Rogier Roland Romano Ron Ronald Rosa Rosalie Roy Ruben Rudi Rutger Ruth
Saad Sabine Sabrina Sadia Safae Said Saïd Saida Salah Salma Sam Samantha Sami Samir Samira Sandra Sanne Sara Sarah Saskia Selin Selma Sem Senait Serkan Sevda Sevgi Shanice Sharon Shirley Siham Simon Simone Sinan Sjaak Sjoerd Soufiane Sofia Sofie Sophie Stefan Stefanie Stella Stephanie Suzanne Sylvia Szymon
Tamara Tanja Tarik Tariq Tessa Teun Thijs Thomas Tijn Tim Timo Tineke Titia Tobias Tom Tomasz Tommy Ton Toon Tracy Tugba Tülay Tesfay Tesfaye Tigist
Umut Valerie Vera Veronica Victor Vincent Wendy Wessel Wietske Wilco Wilhelmina Willem Willemijn Willy Wim Wojciech Wouter Yara Yasin Yasmina Yasmine Yassin Yerlan Yesim Yildiz Yolanda Yonas Youssef Yousra Yunus Yusuf Yvette Yvonne
Zakaria Zainab Zehra Zeynep Zineb Zoë Zoe Zohra Zuhal
Abebe Alem Aman Amanuel Berhane Biniam Daniel Dawit Eden Filmon Freweini Ghebre Haben Helen Kibrom Mebrahtu Meron Merhawi Mulugeta Negasi Ruta Saba Samuel Selam Semere Tekle Tesfalem Yemane Yohannes Zeray
Abdirizak Asad Farhan Hodan Hussein Ifrah Ilhan Khadar Mahad Muna Nasra Sahra Warsame Faduma
Ahmadzai Farida Farzana Gulalai Habiba Jawad Khalil Mahmud Mansoor Nadir Nazia Rahim Shabnam Wahid Zahra Zarmina
Ama Efua Kojo Kwaku Kwesi Yaw Esi Afua Adjoa Akua Yaa Nana
Anoushka Chandni Devika Kiran Navin Radj Ravi Reshma Roshni Sunita Vikash Soerin
Shurandy Jurensley Quincy Rayvano Naomy Xiomara Giovanni Shaquille Dwayne Jermaine Kenrick Sharina Dinah
Agnieszka Beata Joanna Magdalena Małgorzata Malgorzata Monika Tomek Marcin Łukasz Lukasz Bartosz Kamil Michał Michal Natalia Oliwia Zofia Wiktoria
Ilker Esmeralda Xander Sander Sjors Stijn Thijmen Twan Wiebe Wilma Wout Yannick Yvo Zara
Aart Adriana Albertus Alwin Andries Angela Angelique Anneloes Annet Annette Anouska Ans Antoinette Arend Arian Arjan Arnout Aron Auke Bauke Bennie Berber Bernadette Berry Bertha Bregje Brechtje Carina Carolien Cathy Chayenne Chiara Christel Cobie Conny Cora Daphne Dayenne Derek Diane Dinie Dirkje Dominic Dorothé Edward Eelke Egbert Elbert Ellis Elly Emiel Ewout Fenna Femmy Fieke Folkert Francien Frieda Froukje Gea Geert Geertje Gerjan Gert-Jan Gerrit-Jan Gijsbert Gonny Greet Griet Hannie Harold Hein Hendrikje Henrike Herma Hetty Hielke Hilbrand Hylke Ilona Ina Indy Jaimy Jan-Willem Janny Jeanine Jelmer Jeltje Jennifer Jerry Jetske Jikke Jildou Joke Jolien Jolijn Joëlle Jorien Jorn Jorrit Jurre Jurriaan Kayleigh Kiki Klaske Lianne Liesbeth Lindsey Lisanne Loek Lonneke Luc Lucienne Lynn Maartje Madelief Marcella Mariëlle Marielle Marit Marjon Martha Maurice Meike Melvin Menno Mieke Mike Mirthe Moniek Nathan Nicky Niek Noortje Olaf Patty Paulien Petronella Pieternel Quirine Reinier Renske Rien Rieneke Rinske Robbert Rolf Romy Ronnie Rosanne Ruud Sascha Sebastiaan Sietske Sijmen Silvia Sjaan Sjanie Sonja Stan Suus Sven Sytske Tjitse Tjeerd Trijntje Trudy Ulrike Ursula Wendelien Wesley Wiebren Wijnand Willeke Wilhelmus Willemien Wybren Yfke Yorick Zwaantje Abdelilah Abdelkarim Abderrahim Achraf Adnane Anouar Ayman Aymane Badr Bouchaib Chaimae Driss Fouad Hajar Hanane Houda Ikram Ilham Ilias Imad Ismael Jaouad Kaoutar Lahcen Loubna Marouane Meryem Mimoun Mohcine Mustapha Nabil Najat Nawal Nordin Noureddine Othman Oumaima Rabia Redouane Saloua Sanae Soumaya Tarek Wafae Yahya Yassine Younes Zouhair Alper Arif Aysel Ayten Barış Berkay Cemile Deniz Dilek Ece Emir Enes Erkan Fadime Ferhat Filiz Gökhan Gülsen Hacer Hilal İbrahim Kübra Leyla Melek Merve Murat Necla Nihat Nurcan Oğuz Onur Ozan Recep Rukiye Selim Semra Serdar Sevim Songül Şükrü Tuba Volkan Zeki Zübeyde Anjali Chandra Dharmendra Dinesh Gaitrie Indra Kavita Mahesh Nanda Nisha Priya Radjesh Rishi Sarita Shanti Sharda Sunil Usha Vishal Jerrel Rosita Romeo Rudy Glenda Gracia Marlon Orlando Ruthmila Stanley Winston Xavier Abdulkadir Hamdi Idil Liban Nimco Sagal Yasmin Fartun Bartek Dominik Ewelina Grażyna Jacek Jadwiga Janusz Justyna Kamila Karolina Krystyna Marzena Mirosław Patryk Paulina Przemysław Rafał Renata Sebastian Sylwia Tadeusz Urszula Weronika Zbigniew Adrian Andrei Bogdan Cristina Elena Florin Gheorghe Ioana Ion Mihai Nicoleta Vasile Dimitar Georgi Ivanka Nikolai Petar Yordan Jordy Jordi Jorden Kimberly Mandy Rowan Bart-Jan
Olena Oksana Iryna Olha Tetiana Tetyana Nataliia Yulia Yuliia Kateryna Viktoriia Anastasiia Svitlana Halyna Liudmyla Mariia Daryna Sofiia Mykola Oleksandr Oleksii Andrii Dmytro Serhii Volodymyr Yurii Taras Bohdan Vasyl Ihor Maksym Artem Denys Vitalii Mykhailo Petro Yevhen Semhar Yordanos Luwam Feven Rahel Mussie Tesfit Kidane Habtom Robel Goitom Efrem Natnael Winta Saron Segen Selamawit Tsega Tsehaye Mehari Abrehet Kahsay Medhanie Khaled Rasha Lana Hussam Bashar Wael Rami Rima Hiba Dima Nour Ghazal Maher Alaa Hadi Aya Ruba Majd Mazen Ayham Abdulrahman Mohannad Hala Reem Lujain Batoul Fadi Ammar Kinan Yamen Louay Tamer Samer Ziad Shurensly Rignald Ivanildo Dyvonne Gilmar Jandino Shaquira Roshnie Soenita Kishan Mitchell Sharifa Rudsel Giandro Jeanelly Shurendly Keanu Djenairo Jerzinho Roshan Anand Satish Soeresh Ashwin Rakesh Naresh Vishnu Sandhya Premwatie Mert Ceren Gizem Tuğba Furkan Hüsnü Kerem Oğuzhan Ümit Nazlı Esin Derya Sibel Hülya Aynur Yasemin Ilyas Abdelhamid Mohssine Yassir Hafsa Soufian Soufyan Mehdi Mina Samia Ibtissam Malak Nisrine Ouassima Mariusz Dariusz Waldemar Jarosław Artur Agata Iwona Aneta Kwadwo Adwoa Kweku Fadumo Mohamud Abdullahi Hibo Mursal Sediq Zia Wahida Fereshta Parwin Shafiq Hamed Amin Nasir Jaylen Dirk-Jan Jan-Pieter Hendrik-Jan Marie-José Anne-Marie
Annemiek Arno Bente Bettina Britt Carlijn Cato Cornelia Dianne Dolf Dries Eefje Elske Esmée Evi Evy Fenne Fokje Frederique Gerdien Gerlinde Gonnie
Hennie Henriëtte Hidde Hilda Hinke Ida Ingeborg Jacoba Jacobus Jannie Jantine Jantje Jente Jesper Jochem Jop Josien Joukje Justus Kaj Karlijn Kars
Katinka Kirsten Klaasje Koos Krijn Lambert Lammert Lieuwe Loes Lykele Margreet Marijn Marjolijn Marten Milou Nelleke Nils Noud Pascal Pepijn Pien
Quirijn Reinout Rens Riemer Rienk Rinus Rixt Roel Roelof Roxanne Sacha Sanna Siebe Siem Sterre Sybren Tamar Teake Ties Tijs Tjitske Truus Tycho Vince
Wander Wilmar Wobbe Yentl Youri Zeger Jan-Peter Klaas-Jan Abderrahman Abdessamad Asmae Chadia Dounia Fadwa Ghizlane Hafid Hakim Halima Ismaël
Kamal Karima Mbark Mostafa Nassim Rajae Rida Sabah Salima Souad Taoufik Touria Walid Youness Abdelmalek Naoual Fatiha Oussama Anass Mohamed-Amine
Amine Berk Beyza Cansu Cemal Ecem Gökay Gokay Gokhan İsmail Kubra Levent Metin Nur Oguz Ömer Omer Seda Songul Tolga Tuncay Halil Hulya Nurten Ramazan
Yıldız Umit Birsen Cengiz Erdal Gülsüm Gulsum Ilknur Kadir Selda Sinem Tarkan Chandrika Girish Nandini Prakash Ramesh Sandeep Sanjay Shiva Suresh
Vijay Rubia Shantie Sharmila Sewtie Radha Kamla Roeplal Errol Sergio Clarence Sonny Humphrey Rodney Ulrich Lucien Wendell Kenny Milton Ryan Gerson
Gillian Ashanti Jeandro Jurmen Shaniqua Chevelly Ruthline Gianni Dwight Ricky Regillio Clyde Abdulkarim Abdulla Aboud Adel Ahlam Amer Amjad Asmaa
Basel Bassam Ghada Ghassan Haitham Issa Jihad Manal Marah Muhammad Nader Nizar Obaida Qusai Raghad Riyad Rola Sahar Salem Shadi Suha Waseem Zaid
Zeinab Abdo Rawan Dana Hamoudi Lamar Joudi Farhad Habibullah Jamshid Mahbooba Masood Mirwais Noorullah Obaid Qadir Roya Sadiq Samiullah Shakila Sohrab
Yama Zabihullah Sayed Hasina Nazanin Arezo Fatemeh Hossein Reza Parisa Mahsa Aster Awet Eyob Fiori Henok Kisanet Meseret Nahom Tedros Teklit Yonatan
Zewdi Mikael Senay Yafet Rediet Hermon Mewael Nebiat Samrawit Tesfu Yohanna Abdikadir Abdiweli Amran Ayan Bashir Deeqa Farhiya Hibaaq Istahil Khadra
Qamar Shukri Ubah Zamzam Hirsi Aleksy Bartłomiej Bartlomiej Dominika Edyta Grazyna Jaroslaw Jerzy Kinga Leszek Maciej Miroslaw Przemyslaw Rafal
Sławomir Slawomir Stanisław Stanislaw Wojtek Zuzanna Milena Andreea Cosmin Cristian Gabriela Ionut Ionuț Mihaela Ovidiu Razvan Răzvan Roxana Valentin
Ivaylo Nikolay Plamen Petya Desislava Stoyan Hristo Todor Veselin Svetlana Marius Alin Catalin Cătălin Iulian Liviu Sorin Ekow Nana-Yaw Obed Prince
Emmanuel Eunice Gifty Comfort Bright Ebenezer Godfried Gladys Rejoice Blessing Precious Chinedu Chioma Ngozi Emeka Oluwaseun Tunde Funmilayo
Mei-Ling Wei Ming Xiaoming Minh Thanh Linh Huong Trang Tuan Duc Quang Hoang Hung Dik Riet Job Linde Tiny Mare
Baukje Aukje Sjoukje Hiltje Geeske Wytske Tsjisse Sytse Wietse Jouke Wopke Durk Popke Tjalling Gerbrich Tetje Janke Aaltje Grietje Minke Sieuwke Foekje Jitske Marrit Tryntsje Hiske Tsjerk Hessel Haije Lolke Rintje Jildert Fokke Oene Sietse Tjibbe Ruerd Watse Ype Ytsen Gosse Jan-Dirk Ria Gré Nel Tonny Joop Bep Mien Toos Corry Jopie Riek Greetje Leny Lenie Mientje Nelly Rietje Truida Sjef Huub Theo Dini Hanny Annie Marga Lia
Danique Nikki Denise Debbie Daisy Jessie Jessy Jamie Jeffrey Joey Tygo Quinty Jacky Maud Floor Tess Liv Mees Saar Nova Fay Hailey Kyan Dex Mats Jace Olivia
Elaha Zarghona Nargis Nilofar Tahmina Freshta Laila Marzia Hosna Madina Setara Sediqa Khatera Fahima Soraya Hadia Najiba Shukria Mahnaz Shirin Masooda Yalda Naweed Navid Fawad Ajmal Qasim Mujtaba Ehsan Elham
Mykyta Andriy Serhiy Tonnie Rieky
Roelie Geesje Hilly Anje Afke Wietze Roelofje Jantina Hillie Tinie Harmke Annechien Riekje Roelf Reinder Jurjen Jacinta Jorinde Mirre Jinthe
Johnny Jose José Ronny Rocky Jurmaine Jaydon Shanaiah Djaïro Djairo Jairo Jaïro Shurendy Sharella Jeangelo Jurensley Rigenald Shurwin Gregory Naomy
Okke Oene Sije Wopke Guido Meral Paolo Matteo Francesco Roberto Stefano Alessandro Antonio Giuseppe Luigi Carlo Dario Fabio Massimo Davide Giulia Francesca Alessia Federica Valentina Riccardo Nesrin Serpil Gonca Canan Şeyma Seyma Pınar Pinar Hande Süleyman Suleyman Okan Ufuk Harun Sjra Sjraar Zjeng Mathieu Sjang Thei Geartsje Antsje Jantsje Pietsje Tryntsje Trijntsje Sjoerdtsje Tsjitske Sytske Sietske Hylkje Baukje Jeltje Jildou Nynke Rixt Yfke Wypkje Feikje Hinke Janke Akke Doutzen Geeske Gerbrich Hiske Tetje Lysbeth Minke Wytse Jouke Sytse Bauke Ype Jelmer Jorrit Wiebren Tjeerd Douwe Fokke Gerben Lieuwe Meindert Oebele Reitse Rients Sieds Sjirk Teake Tjalling Ulbe Watse Wybe Ymte Eelke Romke Jouwert Hotse Harmen Sjouke Tsjerk Bonne Jappie Sjaak Foppe Anne-Marije Marije Hylke Sybe Durk Gerlof Jetse Lolke Sipke Tjitske Wietske Sjoukje Aukje Eelkje Froukje Hiltsje Ytsje Rintje Folkert Auke Jikke Tsjalling Hessel Marten
Hanad Abdirahman Abdiqani Abdirizak Abdullahi Hodan Hamdi Ayaan Ubah Sahra Fadumo Faduma Faadumo Hibaaq Idil Nimco Maxamed Mahad Guled Ilyas Sagal Deeqa Ifrah Cabdi Xamda
Rahwa Hagos Bereket Lidya Danait Mebrat Nardos Freweyni Tsega Tsegay Mihret Kiflom Kibrom Amanuel Tedros Goitom Yirgalem Rezene Efrem Samrawit Hiyab Biniam Robel Senayt Awet Zerai Habtom Medhanie Teklit
Dunya Dünya Melis Sena Irem İrem Buse Elanur Eylül Defne Azra Asya Duru Nehir Yağmur Yagmur Berra Ecrin Zehra Rabia Sümeyye Sumeyye Kerem Emirhan Mert Arda Baran Efe Eymen Alperen Tuncay Volkan Serkan Burak
Corine Corina Jeannette Jeanet Jeannet Thea Dieuwke Miep Morris Jens Jelte Fien Jip Lara Ineke Annemiek Marloes Jolien Femke Wendy Marrit Tygo Jesse Senna Sepp Gijsbert Hendrikje
Marjo Fons Funs Servé Servaas Thieu Sjeng Zjef Gène Mariet Mariëtte Marij Netty Wies Jeanne Anny Marlie Hubert Hubertus Huib Matthieu Jozef Pierre Jules Guillaume Nol Nico Dorus Wiljan Wilbert
Wilfried Jan-Hein Harm-Jan Gertie Gerry Ank Bettie Clasien Cobi Dineke Emmy Fenny Gerdie Grada Hermien Jenneke Kitty Lidy Lien Lineke Margot Marja Mies Sientje Tini Leendert Marinus Martinus Teunis Tinus
Lodewijk Onno Ger Shaylinn Shaylin Shaylynn Jaylin Shanaya Chanel Chanella Djenna Djurensley Jurick Rivaldo Ryanna Shakira Sherida Sheryl Tamira Tyrone Jeremy Jermain Gio Ruchella Rachella Nathaly Natisha Quinsley Romario Ronaldo
Steven Sylvano Urvin Virgil Chaviella Elvis Edsel Elson Eugène Franklin Jurrick Lisandro Marciano Mitchel Nigel Orlangelo Randall Roderick Sherwin Sidney Shelton Tahnee Tatiana Tyrell Valentino Vernon Warren Wendel Yuri Zuleika
Gyliano Jafeth Jayron Jurelle Gianella Jesslyn Shakaira Shanelly Zuhaira Chelsey Chelsea Kaylee Gitanjali Lalita Prem Prija Rajiv Ranjit Santosh Shakuntala Sheila Surinder Urmila Vinod Yogesh Sarojini Mahinder Dewanand Rekha Bassel
Bushra Doaa Eyad Ghaith Haidar Hani Iyad Laith Maysa Mouaz Muhannad Noura Osama Qais Saleh Sawsan Tareq Walaa Yazan Yousef Zein Rahaf Raneem Hamoud Shahd Taim Tamim Yaman Zaher Abdelrahman
Muhammed Moustafa Nidal Ihab Hazem Husam Firas Hanadi Nagham Ola Rouba Safaa Tasneem Wafaa Bayan Maram Ruqaya Sidra Alia Aliaa Mahmood Jumana Fouzia Zoubida Hakima Abdeslam Abdelkrim Otman Zakia Nezha
Rkia Yahia Naoufal Özge Ozge Gamze Ercan Erdinç Cihan Engin Mahmut Necati Özkan Tayfun Yavuz Nermin Nurhan Şerife Şenay Erhan Halit İlhan Mesut Oktay Sedat Uğur Vedat Yılmaz Vigo Otis
Loïs Ella Norah Benthe Feline Romée Shanna Kyra Liza Noëlle Roosmarijn Selena Silke Tara Veerle Wende Zoey Puck
Enver
Aafje Kidane
Ynske Ynskje Lolkje Ynte Yde Ynze Jitse Sjerp Tsjalle Hotze Pytsje Sjieuwke Tjerk Tjitte Eeltsje Fetsje Gatske Mintsje Romkje Trientje Wiepkje Aant Abe Bouke Eabele Otte Sibbele Ids Idse Pyt Ruurd Tiede Freerk Freark Fardau Gjalt Kuba Olek Maciek Piotrek Staszek Franek Antek Jasiek Tosia Julka Hania Zuzia Zosia Basia Gosia Ania Magda Bożena Krysia Jola Ela Halina Danuta Lucyna Irena Wiesia Kasia Igor Oskar Wiktor Mikołaj Mikolaj Przemek Radek Sławek Waldek Zbyszek Grzesiek Krzysiek Arek Darek Jarek Mirek Ryszard Wiesław Henryk Sasha Sasja Masha Misha Mischa Dasha Pasha Kolya Vanya Vova Tanya Olya Katya Yura Zhenya Slava Anya Vitya Lyuba Galya Yaroslav Danylo Larysa Khrystyna Solomiia Zlata Oleh Valentyna Inna Alla Vira Nadiya Lesya Ivanna Polina Veronika Myroslava Ustym Timur Nazar Ruslan Stepan Merhawit Teklay Haile Mehret Hadas Tirhas Abeba Letensae Temesgen Tewelde Fitsum Milkias Tsehay Yohana Ephrem Berhe Gebremedhin Mengisteab Okbay Sium Solomon Tekeste Weldu Zekarias Almaz Asmeret Ftiwi Mahlet Mekdes Rishan Rigat Simret Tsion Yodit Yorsalem Weyni Natan Noach Eli Elia Elias Gideon Joël Jonah Mozes Obadja Simeon Yael Yaël Rebekka Rivka Abigail Eliza Micha Nathanael Nathaniël Jozua Josua Jonatan Jonathan Efraïm Efraim Ephraim Jakob Salomon Saul Seth Zacharias Hosea Joram Jedidja Asher Aviva Ayala Shira Yosef Moshe Avi Itai Ido Noam Eitan Ari Uri Ariël Ariel Elisha Eliana Elianne Hadassa Jael Jemima Keziah Leah Nehemia Chaja Chana Shlomo Yitzchak Yaakov Yehuda Avraham Isaak Izaäk Jaïr Jair Matthias Mattias Zeno Jochebed Joas Jotham Malachi Hiskia Ezechiël Gé Rie Fie Sien Stien Mart Irma Alma Elma Trudie Diny Rika Ellie Erica Wiesje Kobus Manus Jef Ferdi Hettie Jozien Lida Nellie Stientje Wijnanda Betsy Bets Emmie Gijsje Pietje Saartje Gretha Jannet Leida Lenneke Marietje Roosje
Fleur Jolanta Bozena Wiesława Wieslawa Elżbieta Elzbieta Wioletta Arkadiusz Zdzisław Wendela Machteld Geertruida Gerarda Bernardina Theodora Aleida Hillegonda Engelina Everdina Neeltje Bakr Abubakr Abubakar Aboubakr Boubker Boubakr Bakri Zakariya Idriss Idris Ayyoub Moestafa Mokhtar Houssine Fatos Fatoş Fatmir Arben Besnik Blerim Driton Flamur Jeton Valon Agron Bujar Shkelzen Artan Gentian Edon Ardit Arjeta Blerta Fatime Fatjona Lirie Mimoza Vjosa Valbona Shqipe Teuta Albana Mirela Entela Fjolla Mireille Ghislaine Ghislain Solange Odette Huguette Josiane Josette Francine Sylvie Brigitte Murielle Muriel Séverine Severine Laetitia Aurélie Aurelie Amélie Amelie Mathilde Clotilde Geneviève GenevievePeggy Maya Maia Sandy Vicky Natascha Danielle Daniëlle Carola Mayra Kyra Kiki Lizzy Dewi Jolien Joëlle Jolijn Jody Jacky Tanya Sonja Sonia Bibi Fenna Pippa Romy Nola Noëlle Mandy Cynthia Desirée Ilse Marloes Manuela Nathalie Natalie Vanessa Yasmin Peggie Patsy Gwen Gwendolyn Brigitte Bridget Margot Marga Greetje Grietje Hetty Hettie Jet Jetty Tini Toos Nel Nelly Willie Wies Wilma Mientje Ina Irma Ria Corrie Coby Tinie Rikie Riekie Dini Dieneke
Lorraine Colette Nicolette Claudette Georgette Michèle Ginette Paulette Arlette Annick Gisèle Pascale Sandrine Valérie Véronique Yolande Maryse Evelyne Christelle Isabelle Céline Émilie Lorena Lorna Wytze Geke Gerke Gerkje Jelske Jannigje Klaaske Lammie Marchien Marchje Roelina Ytje Ykje Hendrikus Lubbert Luppo Gerriet Hindrik Kornelis Reint Sietze Siebren Sjabbe Tjalle Tjipke Beert Fedde Feike Haye Meine Minne Oeds Pieter-Jan Kees-Jan Taeke Tiemen Wibren Willem-Jan Ysbrand Ymkje Antje Gerbrig Ieke Sjoerdje Trynke Willemke Gepke Gesina Harmina Hillegien Jentje Lammechien Roelfien Roelfina Swaantje Berendina Egberdina Fenneke Geesien Gerrigje Hilje Hinderkien Jaantje
Jaylynn Jaylyn Jailyn Jaylinn Kayla Kaila Kaylin Kaylynn Hafida Hafsa Hafsa Fadila Leontien Leontine Gloria Glenda Marietje Mariëlle Marielle
Sytze Hinne Jetze Jetse Sape Sibe Sikke Wabe Haitze Hette Piter Simke Uilke Yke
Dev Kabir Arnav Dhruv Kunal Nitin Pranav Yash Raj Jai Neel Shruti Swati Geeta Preeti
Mel Jer Steef Stef Wes Mick
Kelvin Shane Delano Bryan Calvin Whitney Dashley Kenzo Mylan Bryce Lenny Edson Sandro Danilo Nilton Elton Adilson Ailton Jailson Jandira Euclides Manuel Anderson Nilda Rui Vitor Vítor Joaquim Pedro Domingos Américo Armando Zulmira Fátima Marcelo Valdir Gilson Jefferson Cleiton Denilson Ivanilson Elisangela Edmilson Admilson Evandro Wanderson Odair Ednilson Nilson Zenaida Arlindo Silvino Jacinto Adelino Celestino Leonel
Gitte Annemie Kristof Lander Heike Seppe Nele Warre Wannes Lieven Goedele Katrien Kathleen Tinne Godelieve Brecht Arne Robbe Mathias Thibault Kobe Hanne Heidi Uwe Dieter Klaus Helga Gisela Wolfgang Günter Günther Katrin Kerstin Manfred Detlef Rainer Holger Torsten Jörg Hans-Peter Karl-Heinz Hildegard Anneliese Irmgard Elfriede Waltraud Gudrun Marlene Helmut Gerhard Reinhard Siegfried Bernd Ralf Jupp Hubertine Rian Ann Tine Ute Uli
Willi Wilhelm Fem Radu Dragos Dragoș Raluca Simona Florentina Larisa Oana Costel Viorel Ciprian Lucian Nicolae Petru Denisa Madalina Mădălina Georgiana Loredana Veselina Gunter Gerd Friedrich Hannelore Annegret Thorsten Fritz Volker Lothar Werner Ewald Frauke Wiebke
Eveline Evelyn Evelyne Niki Nicky Nicki Elise Annika Carolina Cecile Cécile Cecilia Dieuwertje Dionne Edwina Elles Elsbeth Fabienne Gemma Janna Josine Juul Suzan Thirza Vivian Barend Jacco Henk-Jan Lize Milo Zayn Nout Lenn Bobby Melle Quinn Aiden Jake Francis Alie Beppie Betsie Catrien Cisca Dorine Femmie Nettie Pieternella Rini Rinie Sjaantje Fia Helma Mirella Rene Wilfred Djarno Djordy Djayden Djessy Djenna Djim Djoey
Rim Hind Inas Maroua Meriem Mouna Ouiam Soukaina Wiam Assia Asma Btissam Fatima-Zahra Ghita Kenza Mounia Rabab Reda Aymen Haytam Othmane Yasser Abdellatif Abderrazak Larbi Mohand Fatna Yamina Hadda Mimount Fadma
Rojda Rojin Dilan Hevin Serhat Berfin Zilan Rojhat Azad Welat Delal Jiyan Berivan Bêrîvan Nazdar Dilovan Rezan Aram Kawa Shilan Jwan Zozan Evin Ronahi Hejar Soran Shirwan Sherwan Sherzad Beritan Helin Narin Viyan Rezgar Hozan Rêber Ciwan Diyar Berzan Lorin Rozerin Havin Mizgin Sidar Delil Dijwar Bervan Arjin Sozdar Shiyar Rûken Ruken Rênas Renas Bahoz Sipan Kardo Karwan Hiwa Rebin Rawand Shadan Hardi Sarbast Ardalan Kosrat Chiman Rojan Hemin Gulistan Zana Hana Mehmud Roza
Berna Burcu Nazli Nazlı Nergis Şükran Sukran Tülin Tulin Yeliz Zeliha Tahsin Tarık Ugur Koray Baris Barış Burhan Muhammet Sercan Taner Çağlar Caglar Gökçe Gokce Rümeysa Rumeysa Gülşen Gulsen Nihal Nilüfer Nilufer
Regilio Gianna Diandra Cheryl Amrish Nalini Sabitri Rinaldo Edgar Iwan Percy Wensley Jacintha Juanita Marisela Raisa Akwasi Amma Kwasi Ekua Isaac Frederick Philip Stephen Abdoulaye Moussa Mamadou Ibrahima Fatoumata Mariama Ousmane Seydou Amadou Souleymane Aliou Boubacar Oumar Kadiatou Binta
Matei Andrei Mihai Vlad Stefan Ioana Elena Bianca Alexia Darius Tudor Bogdan Sebastian Matteo
Bo
Markus Florian Christoph Philipp Niklas Maximilian Felix Moritz Susanne Katharina Jutta Gabriele Christiane Sigrid Margarete Heinz Kurt Bernhard Hans-Jürgen Rüdiger Hartmut Joachim Stephan Carsten Malte Jannik Lennart Ole Sönke Tjark Frerk Hauke Swantje Insa Gesa Maren Svenja Janina Mareike Franziska Theresa Gertrud Erika Rosemarie Lieselotte
Armindo Arlindo Jurandy Jurandir Filomena Lurdes Vanusa Ivanilda Jandira Ivone Conceição Natalina Rosalina Lucinda Zenaida Iolanda Domingos Aristides Zeferino Joaquim Anilton Amílcar Amilcar Osvaldo Alcides Adelino Arsénio Arsenio Eusébio Eusebio Herminio Hermínio Gilberto Adalberto Elisângela Elisangela Josué Josue Wellington Jeferson Cleide Valdir Ailson Elton Mailson Stélio Stelio Djenifer Edmilson Emerson Nataniel Aristides Lurdes
Albertha Alberdina Egbertha Hillechien Wubbina Harmina Hindrikje Trientje Aaltien Jantien Geessien Grietje Roelfien Fennechien Annechien Jikke
Jawid Javid Wahida Mursal Sediqa Freshta Marzia Zarghuna Habibullah Najibullah Rahmatullah Ahmadullah Samiullah Sibghatullah Nasratullah
Sita Nirmala Parvati Savitri Indira Pushpa Soenita Soeniel Radjen Ramon Asha Kamla Roshni Chandni Vidya Vijay Sarita Krishna Rajendra Dewkoemar
Harpreet Gurpreet Manpreet Jaspreet Simranjit Simran Kuldeep Navjot Baljit Sukhwinder Harjit Mandeep Gurdeep Amrit Rajinder Paramjit Jasvinder Harinder Gurinder Jaswinder Harleen Navneet Rupinder Kulwinder Sukhdeep Amandeep Ravinder
Pauline Clara Louise Lucie Susan Agatha Carin Connie Dorothea Esmé Ester Francisca Gerritje Hedy Henriette Josje Karla Klazina Lidwien Liesje Carel Chiel Coen Diederik Edo Gerolf Hajo Marnix Tijmen
Mevlüde Mevlude Perihan Saadet Hanife Melahat Sabahat Sebahat Gönül Gonul Gülten Gulten Ümmühan Ummuhan Havva Nazife Ozlem Serife Nebahat Gülizar Gulizar Kezban Feride Münevver Munevver Müzeyyen Naciye Nuriye Şaziye Saziye Semiha Hayriye Fikriye Meliha Türkan Turkan Nuran Sevinç Sevinc Gulay Nazmiye Saniye Hamide Ümran Umran Kıymet Kiymet Ergün Ergun Rüstem Rustem Turgut Erol
Marcha Shurmaine Marcia Migdalia Sharline Giselle Jomaira Yasmira Gregorio Jeanice Jurich Vurnon Churandy Eldridge Shardy Shurenska Rusienne Curvin Jurchendly Shudaira Ashanty Jearsy Shermayra Genaida Ruthsel Sirvano Sulaika Jahaira Norwin Rosaline Maritza Lisandra Ivelisse Shireen Joëlla
Nelson Wilson Hélder Valdemar
Rama Ghina Tala Joud Haya Ranim Tasnim Razan Judy Sedra Hadeel
Ewy Ewie Kasi Basi Gosi Magdy Moniki Agnieszki Agnieszce Doroty Dorocie Joanny Joannie Beaty Beacie Marty Justyny Karoliny Pauliny Katarzyny Małgorzaty Malgorzaty Piotra Piotrowi Piotrem Pawła Pawla Pawłowi Pawłem Tomka Tomkowi Tomasza Tomaszowi Krzysztofa Krzysztofowi Krzysztofem Marka Markowi Michała Michala Michałowi Łukasza Lukasza Jakuba Kuby Wojtka Bartka Darka Mirka
Shurwayne Rinia Rūta Mikiel Jurson Rayen Rachelle Shanaira Jayden Shurandy Rayan
Kiara Djaimy Rigoberto Benno Sharif
Jeremiah Kyle Sharlene Kyrone Gianny Lúcia Zé Henkie Sutrisno Soedarsono Soeharto Soekarno Wiranto Sukarno Suharto
Jayla Jaylinn Jaylano Jaylon Jaylenne
`;

// First names that are also ordinary words or months: only a person with context (title, relation, speech verb,
// following surname), never on their own.
export const AMBIGUOUS_FIRST_NAMES = `
Jo Hub Lei Till
April Juni Juli Mei Augustus Elke Ben Per Wil Will Hoop Roos Floor Nadien Semi Mag Zon Lot Lieve
Dik Riet Job Linde Tiny Mare Prince Bright Blessing Precious Comfort Rejoice Salem Nur Aya
Nader Adel Wei Berk Dien Trees Math
Kader Sultan Nada Har
Ko To Door Net Dan Gad Oren Ira Roman Pier Ate Germ Ad Ab Leen
Erna
Lijntje
Sake Homme
Staf Miet Guy
Gait Axel
`;
