// Common first names in the Netherlands (own compilation from general knowledge), including names common among
// Dutch people with Moroccan, Turkish, Surinamese, Antillean, Syrian, Eritrean, Somali, Afghan, Ghanaian and Polish
// backgrounds. Space separated; matched case-sensitively with a capital letter (or in full capitals).
export const FIRST_NAMES = `
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
Ilker Yordy Esmeralda Xander Sander Sjors Stijn Thijmen Twan Wiebe Wilma Wout Yannick Yvo Zara
`;

// First names that are also ordinary words or months: only a person with context (title, relation, speech verb,
// following surname), never on their own.
export const AMBIGUOUS_FIRST_NAMES = `
April Juni Juli Mei Augustus Elke Ben Per Wil Will Hoop Roos Floor Fleur Iris Nadien Semi Mag Zon Lot Lieve Bo Mees
`;
